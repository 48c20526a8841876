package org.synergos.data.spss.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of a ZSAV file: consecutive zlib streams (one per block) holding the bytecode-compressed cases,
 * inflated one buffer at a time; reading stops at the trailer's offset.
 */
public final class ZlibBlocks extends InputStream {

    private final InputStream raw;
    private long left;
    private final Inflater inflater = new Inflater();
    private final byte[] input = new byte[64 * 1024];
    private final byte[] one = new byte[1];

    /** Reads at most {@code length} compressed bytes from {@code raw}. */
    public ZlibBlocks(InputStream raw, long length) {
        this.raw = raw;
        this.left = length;
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        try {
            while (true) {
                int n = inflater.inflate(buffer, off, len);
                if (n > 0) {
                    return n;
                }
                if (inflater.finished()) {
                    int rest = inflater.getRemaining();
                    byte[] tail = new byte[rest];
                    System.arraycopy(input, lastInputLength - rest, tail, 0, rest);
                    inflater.reset();
                    if (rest > 0) {
                        System.arraycopy(tail, 0, input, 0, rest);
                        lastInputLength = rest;
                        inflater.setInput(input, 0, rest);
                        continue;
                    }
                }
                if (inflater.needsDictionary()) {
                    throw new IOException("a zlib block needs a preset dictionary, which ZSAV files do not use");
                }
                if (inflater.needsInput()) {
                    if (left <= 0) {
                        if (!inflater.finished() && inflater.getBytesRead() > 0) {
                            throw new IOException("the last zlib block ends early (truncated file)");
                        }
                        return -1;
                    }
                    int n2 = raw.read(input, 0, (int) Math.min(input.length, left));
                    if (n2 < 0) {
                        throw new IOException("the file ends inside the compressed data (truncated file)");
                    }
                    left -= n2;
                    lastInputLength = n2;
                    inflater.setInput(input, 0, n2);
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("a zlib block is corrupt: " + e.getMessage(), e);
        }
    }

    private int lastInputLength;

    @Override
    public void close() {
        inflater.end();
    }
}
