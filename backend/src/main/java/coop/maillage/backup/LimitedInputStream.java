package coop.maillage.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload that refuses to deliver more than a given number of bytes. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** An upload larger than the limit; nothing was restored. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(long limit) {
            super(
                    "The backup is larger than "
                            + limit
                            + " bytes; nothing was restored. Raise"
                            + " maillage.backup.max-upload-size (MAILLAGE_BACKUP_MAX_UPLOAD_SIZE),"
                            + " or restore it with 'java -jar maillage.jar restore FILE'");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }
}
