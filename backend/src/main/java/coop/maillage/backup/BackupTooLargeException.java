package coop.maillage.backup;

/** An uploaded backup larger than the limit; nothing was restored. */
final class BackupTooLargeException extends RuntimeException {

    BackupTooLargeException(long limit) {
        super(
                "The backup is larger than "
                        + limit
                        + " bytes; nothing was restored. Raise"
                        + " maillage.backup.max-upload-size (MAILLAGE_BACKUP_MAX_UPLOAD_SIZE),"
                        + " or restore it with 'java -jar maillage.jar restore FILE'");
    }
}
