package org.synergos.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The conversation between {@code bin/synergos} and a resident runtime on its Unix-domain socket. The client
 * sends a greeting, a request kind and, to run a command, its folder, terminal flag, environment and
 * arguments; later a single {@link #CANCEL} byte when the user presses Ctrl-C. The runtime answers with
 * frames: a kind byte, then output bytes ({@link #OUT}, {@link #ERR}), the exit code ({@link #EXIT}) or a
 * status text ({@link #STATUS}).
 */
final class DaemonProtocol {

    static final String GREETING = "synergos-daemon/1";

    static final String RUN = "run";
    static final String STATUS_REQUEST = "status";
    static final String STOP_REQUEST = "stop";

    static final byte CANCEL = 'C';

    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';
    static final byte STATUS = 'S';

    /** Longest string or frame accepted: protects the runtime from a garbled or hostile length. */
    static final int MAX_LENGTH = 16 << 20;

    private DaemonProtocol() {
    }

    static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("malformed message (length " + length + ")");
        }
        return in.readNBytes(length);
    }

    /**
     * The connection's input side. Not {@code Channels.newInputStream}: its streams lock the channel for reads
     * and writes alike, so a thread waiting for a cancel would block every output frame.
     */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return length == 0 ? 0 : channel.read(ByteBuffer.wrap(bytes, offset, length));
            }
        };
    }

    /** The connection's output side (see {@link #input}). */
    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    /** An output stream whose every write becomes one frame of the given kind; thread-safe per connection. */
    static final class FrameOutputStream extends OutputStream {

        private final DataOutputStream connection;
        private final byte kind;

        FrameOutputStream(DataOutputStream connection, byte kind) {
            this.connection = connection;
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            synchronized (connection) {
                connection.writeByte(kind);
                connection.writeInt(length);
                connection.write(bytes, offset, length);
                connection.flush();
            }
        }
    }
}
