package coop.maillage.backup;

/** A backup that could not be written whole; the output must be thrown away. */
public class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }
}
