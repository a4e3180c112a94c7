package org.tatracker.iati.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload read at most up to a limit: one byte more and reading fails, so that nothing beyond the
 * limit is ever read. Counts the bytes and computes the SHA-256 of what was read.
 */
public final class SizeLimit extends FilterInputStream {

    private final long limit;
    private final MessageDigest digest;
    private long count;
    private boolean exceeded;

    public SizeLimit(InputStream in, long limit) {
        super(null);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.in = new DigestInputStream(in, digest);
        this.limit = limit;
    }

    /** Thrown when the stream goes beyond its limit. */
    public static final class Exceeded extends IOException {
        Exceeded(long limit) {
            super("the file is larger than " + limit + " bytes");
        }
    }

    @Override
    public int read() throws IOException {
        check(1);
        int b = in.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        check(1);
        int n = in.read(b, off, (int) Math.min(len, limit - count + 1));
        if (n > 0) {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new Exceeded(limit);
            }
        }
        return n;
    }

    private void check(int more) throws Exceeded {
        if (count + more > limit + 1 || exceeded) {
            exceeded = true;
            throw new Exceeded(limit);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads what is left (up to the limit), so that the digest covers the whole file. */
    public void drain() throws IOException {
        byte[] buffer = new byte[8192];
        while (read(buffer, 0, buffer.length) >= 0) {
            // counted and digested
        }
    }

    public long count() {
        return count;
    }

    public boolean exceeded() {
        return exceeded;
    }

    public long limit() {
        return limit;
    }

    /** The SHA-256 of the bytes read so far, in lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
