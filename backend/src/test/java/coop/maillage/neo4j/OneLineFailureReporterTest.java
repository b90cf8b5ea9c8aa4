package coop.maillage.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class OneLineFailureReporterTest {

    @Test
    void shouldPrintTheProblemAndTheActionOnOneLine() {
        StartupFailure failure =
                new StartupFailure(
                        "The Bolt port 127.0.0.1:7687 is already in use",
                        "set MAILLAGE_NEO4J_BOLT_PORT",
                        null);
        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);

        String printed = captureStandardError(() -> new OneLineFailureReporter().report(analysis));

        assertThat(printed.strip())
                .isEqualTo(
                        "Maillage could not start: The Bolt port 127.0.0.1:7687 is already"
                                + " in use — set MAILLAGE_NEO4J_BOLT_PORT")
                .doesNotContain("\n");
    }

    @Test
    void shouldFoldAMultiLineDescriptionIntoOneLine() {
        FailureAnalysis analysis =
                new FailureAnalysis(
                        "Web server failed to start.\nPort 8080 was already in use.",
                        "Identify and stop the process\nor configure another port.",
                        null);
        String printed = captureStandardError(() -> new OneLineFailureReporter().report(analysis));
        assertThat(printed.strip()).doesNotContain("\n").contains("Port 8080", "another port");
    }

    private static String captureStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
