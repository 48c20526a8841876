package org.synergos.data.spss.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.synergos.data.DataFormatException;

/**
 * Reads a system file's numbers and byte strings in the file's byte order, counting the offset so that
 * every problem names where it is; a read past the end is a truncated file, and no declared length is
 * allocated unless the bytes are still in the file.
 */
public final class SavInput {

    private final Path file;
    private final InputStream in;
    private final long size;
    private long offset;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private final byte[] eight = new byte[8];

    public SavInput(Path file, InputStream in, long size) {
        this.file = file;
        this.in = in;
        this.size = size;
    }

    public Path file() {
        return file;
    }

    public long offset() {
        return offset;
    }

    public long remaining() {
        return size - offset;
    }

    public void order(ByteOrder byteOrder) {
        this.order = byteOrder;
    }

    public ByteOrder order() {
        return order;
    }

    public int int32(String what) throws DataFormatException {
        readFully(eight, 4, what);
        return ByteBuffer.wrap(eight, 0, 4).order(order).getInt();
    }

    public long int64(String what) throws DataFormatException {
        readFully(eight, 8, what);
        return ByteBuffer.wrap(eight).order(order).getLong();
    }

    public double float64(String what) throws DataFormatException {
        readFully(eight, 8, what);
        return ByteBuffer.wrap(eight).order(order).getDouble();
    }

    public int uint8(String what) throws DataFormatException {
        readFully(eight, 1, what);
        return eight[0] & 0xff;
    }

    /** {@code length} bytes; refused before allocating when the file is shorter or the length is absurd. */
    public byte[] bytes(long length, String what) throws DataFormatException {
        if (length < 0 || length > remaining()) {
            throw error(what + " declares " + length + " bytes, but " + (length < 0 ? "a length cannot be negative"
                    : "only " + remaining() + " bytes are left in the file (truncated file, or a corrupt length)"));
        }
        byte[] data = new byte[(int) length];
        readFully(data, data.length, what);
        return data;
    }

    public void skip(long length, String what) throws DataFormatException {
        if (length < 0 || length > remaining()) {
            throw error(what + " declares " + length + " bytes, but only " + remaining()
                    + " bytes are left in the file (truncated file, or a corrupt length)");
        }
        try {
            in.skipNBytes(length);
        } catch (EOFException e) {
            throw error("the file ends inside " + what + " (truncated file)");
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read at offset " + offset + ": " + e.getMessage(), e);
        }
        offset += length;
    }

    /** Fills the buffer; false at a clean end of file (no byte read), an error when it ends in between. */
    public boolean readOrEnd(byte[] buffer, int length, String what) throws DataFormatException {
        int read = 0;
        try {
            while (read < length) {
                int n = in.read(buffer, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read at offset " + offset + ": " + e.getMessage(), e);
        }
        offset += read;
        if (read == 0) {
            return false;
        }
        if (read < length) {
            throw error("the file ends inside " + what + " (truncated file)");
        }
        return true;
    }

    public void readFully(byte[] buffer, int length, String what) throws DataFormatException {
        if (!readOrEnd(buffer, length, what)) {
            throw error("the file ends before " + what + " (truncated file)");
        }
    }

    public DataFormatException error(String problem) {
        return new DataFormatException(file, 0, null, "offset " + offset + ": " + problem);
    }
}
