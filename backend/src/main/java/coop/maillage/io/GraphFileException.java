package coop.maillage.io;

/**
 * A graph file that cannot be read, with a message naming the file, the line when known, the
 * problem and the fix, for example {@code edges.csv line 14: target "x9" is not a node id in
 * nodes.csv — add it to nodes.csv or correct the id}.
 */
public class GraphFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;
    private final String fix;

    /**
     * @param file the file name as the user knows it
     * @param line the line, from 1, or 0 when the problem is not on one line
     * @param problem what is wrong
     * @param fix what to do about it
     */
    public GraphFileException(String file, int line, String problem, String fix) {
        super(format(file, line, problem, fix));
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }

    GraphFileException(String file, int line, String problem, String fix, Throwable cause) {
        this(file, line, problem, fix);
        initCause(cause);
    }

    /** The file name as the user knows it. */
    public String file() {
        return file;
    }

    /** The line, from 1, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }

    /** What to do about it. */
    public String fix() {
        return fix;
    }

    private static String format(String file, int line, String problem, String fix) {
        String place = line > 0 ? file + " line " + line : file;
        return place + ": " + problem + " — " + fix;
    }
}
