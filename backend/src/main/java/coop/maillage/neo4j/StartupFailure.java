package coop.maillage.neo4j;

/**
 * A start-up problem the user can fix: its message says what went wrong and what to do, in one
 * line, and is shown without a stack trace.
 */
public class StartupFailure extends RuntimeException {

    private final String action;

    public StartupFailure(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    /** What the user should do about it. */
    public String action() {
        return action;
    }

    /** The problem and the action as one line. */
    public String oneLine() {
        return getMessage() + " — " + action;
    }
}
