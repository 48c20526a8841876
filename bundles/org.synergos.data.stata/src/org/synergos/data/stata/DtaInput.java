package org.synergos.data.stata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.synergos.data.DataFormatException;

/** Positioned reads from a .dta file in its byte order; every length is checked against the file's size first. */
final class DtaInput {

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private long position;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    DtaInput(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.size = channel.size();
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    long position() {
        return position;
    }

    void seek(long offset, String what) throws DataFormatException {
        if (offset < 0 || offset > size) {
            throw error(what + " is at offset " + offset + ", outside the file's " + size + " bytes");
        }
        position = offset;
    }

    void order(ByteOrder byteOrder) {
        this.order = byteOrder;
    }

    ByteOrder order() {
        return order;
    }

    long remaining() {
        return size - position;
    }

    byte[] bytes(long length, String what) throws DataFormatException {
        if (length < 0 || length > remaining()) {
            throw error(what + " needs " + length + " bytes, but only " + remaining()
                    + " are left in the file (truncated file, or a corrupt length)");
        }
        byte[] data = new byte[(int) length];
        fill(data, what);
        return data;
    }

    void fill(byte[] data, String what) throws DataFormatException {
        if (data.length > remaining()) {
            throw error("the file ends inside " + what + " (truncated file)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        try {
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position + buffer.position());
                if (n < 0) {
                    throw error("the file ends inside " + what + " (truncated file)");
                }
            }
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read at offset " + position + ": " + e.getMessage(), e);
        }
        position += data.length;
    }

    ByteBuffer buffer(long length, String what) throws DataFormatException {
        return ByteBuffer.wrap(bytes(length, what)).order(order);
    }

    int uint8(String what) throws DataFormatException {
        return bytes(1, what)[0] & 0xff;
    }

    int uint16(String what) throws DataFormatException {
        return buffer(2, what).getShort() & 0xffff;
    }

    long uint32(String what) throws DataFormatException {
        return buffer(4, what).getInt() & 0xffffffffL;
    }

    long uint64(String what) throws DataFormatException {
        long value = buffer(8, what).getLong();
        if (value < 0) {
            throw error(what + " is larger than 2^63");
        }
        return value;
    }

    /** Requires the exact tag (e.g. {@code <map>}) at the current position. */
    void expect(String tag) throws DataFormatException {
        long at = position;
        byte[] want = tag.getBytes(StandardCharsets.US_ASCII);
        if (want.length > remaining()) {
            throw error("the file ends before " + tag + " (truncated file)");
        }
        byte[] got = bytes(want.length, tag);
        if (!java.util.Arrays.equals(want, got)) {
            throw new DataFormatException(file, 0, null, "offset " + at + ": expected " + tag + " but found '"
                    + printable(got) + "' (corrupt file)");
        }
    }

    DataFormatException error(String problem) {
        return new DataFormatException(file, 0, null, "offset " + position + ": " + problem);
    }

    static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            int ch = b & 0xff;
            text.append(ch >= 0x20 && ch < 0x7f ? String.valueOf((char) ch) : String.format("\\x%02X", ch));
        }
        return text.toString();
    }
}
