package coop.maillage.cli;

/**
 * A failure the user can fix, reported as one line on standard error with an exit status: {@link
 * #BAD_INPUT} for a file that cannot be analysed or an output that cannot be written, {@link
 * #BAD_OPTIONS} for options that do not fit together or do not fit the file.
 */
final class CommandFailure extends RuntimeException {

    static final int BAD_INPUT = 1;
    static final int BAD_OPTIONS = 2;

    private static final long serialVersionUID = 1L;

    private final int status;

    CommandFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    static CommandFailure badOptions(String message) {
        return new CommandFailure(BAD_OPTIONS, message);
    }

    static CommandFailure badInput(String message) {
        return new CommandFailure(BAD_INPUT, message);
    }

    /** The exit status. */
    int status() {
        return status;
    }
}
