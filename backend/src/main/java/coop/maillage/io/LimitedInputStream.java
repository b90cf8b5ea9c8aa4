package coop.maillage.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that refuses to deliver more than a given number of bytes, for streams whose size
 * is not known beforehand (uploads, zip entries: a small zip can inflate to gigabytes).
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String file;
    private long count;

    LimitedInputStream(InputStream in, long limit, String file) {
        super(in);
        this.limit = limit;
        this.file = file;
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
            throw GraphFileReader.tooLarge(file, limit);
        }
    }
}
