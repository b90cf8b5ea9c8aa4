package coop.maillage.backup;

/**
 * A file that is not a complete, valid backup. The message names the line (1 is the header) and
 * what is wrong; nothing was restored.
 */
public class BackupFileException extends RuntimeException {

    static final String FIX =
            "nothing was restored; use a complete file written by 'maillage.jar backup' or"
                    + " GET /api/admin/backup";

    private final int line;

    private BackupFileException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    static BackupFileException at(int line, String problem) {
        return new BackupFileException(line, "line " + line + ": " + problem + "; " + FIX, null);
    }

    static BackupFileException unreadable(int line, String problem, Throwable cause) {
        return new BackupFileException(line, problem + "; " + FIX, cause);
    }

    /** The line at or after which the file is wrong (0 when it is not a gzip file at all). */
    public int line() {
        return line;
    }
}
