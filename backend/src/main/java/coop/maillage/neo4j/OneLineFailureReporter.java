package coop.maillage.neo4j;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints a start-up failure that an analyser understood (ours, or Spring Boot's, such as a web port
 * in use) as a single line on standard error: what went wrong and what to do.
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        String description = oneLine(analysis.getDescription());
        String action = analysis.getAction() == null ? "" : oneLine(analysis.getAction());
        System.err.println(
                "Maillage could not start: "
                        + description
                        + (action.isEmpty() ? "" : " — " + action));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
