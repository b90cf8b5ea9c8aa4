package coop.maillage.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * An input stream that refuses to deliver more than a given number of bytes, for streams whose size
 * is not known beforehand (uploads, zip entries: a small zip can inflate to gigabytes). Past the
 * limit it throws the exception its caller chose, which says what was too large and what to do.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final LongFunction<? extends RuntimeException> tooLarge;
    private long count;

    /**
     * @param tooLarge the exception to throw, given the limit, once more bytes are read
     */
    public LimitedInputStream(
            InputStream in, long limit, LongFunction<? extends RuntimeException> tooLarge) {
        super(in);
        this.limit = limit;
        this.tooLarge = tooLarge;
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
            throw tooLarge.apply(limit);
        }
    }
}
