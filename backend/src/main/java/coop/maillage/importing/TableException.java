package coop.maillage.importing;

/** A file or sheet that cannot be read past a line: what is wrong there and what to do. */
final class TableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;

    TableException(long line, String message) {
        super(message);
        this.line = line;
    }

    /** The line, or 0 for the file as a whole. */
    long line() {
        return line;
    }
}
