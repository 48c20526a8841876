package org.synergos.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The thin side of {@code bin/synergos} when a resident runtime is up: it sends the command with this
 * shell's folder and environment, copies the runtime's output to this process's standard streams, and
 * exits with the command's code. Ctrl-C asks the runtime to cancel the command, as it would in-process.
 */
final class DaemonClient implements AutoCloseable {

    private final SocketChannel channel;
    private final DataInputStream in;
    private final DataOutputStream out;

    private DaemonClient(SocketChannel channel) {
        this.channel = channel;
        this.in = new DataInputStream(new BufferedInputStream(DaemonProtocol.input(channel), 1 << 16));
        this.out = new DataOutputStream(new BufferedOutputStream(DaemonProtocol.output(channel)));
    }

    /** Connects to the runtime at {@code address}, if one is listening there. */
    static Optional<DaemonClient> connect(DaemonAddress address) {
        if (!Files.exists(address.socket()) || !address.isPrivate()) {
            return Optional.empty();
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(address.socket()));
                return Optional.of(new DaemonClient(channel));
            } catch (IOException e) {
                channel.close();
                return Optional.empty(); // a socket file left by a runtime that is gone
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a runtime answers at {@code address}. */
    static boolean isServed(DaemonAddress address) {
        Optional<DaemonClient> client = connect(address);
        client.ifPresent(DaemonClient::closeQuietly);
        return client.isPresent();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // nothing was sent
        }
    }

    /** Runs the command in the resident runtime; returns its exit code. */
    int run(List<String> arguments) throws IOException {
        out.writeUTF(DaemonProtocol.GREETING);
        out.writeUTF(DaemonProtocol.RUN);
        DaemonProtocol.writeString(out, Path.of("").toAbsolutePath().toString());
        out.writeBoolean(System.console() != null);
        Map<String, String> environment = System.getenv();
        out.writeInt(environment.size());
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            DaemonProtocol.writeString(out, variable.getKey());
            DaemonProtocol.writeString(out, variable.getValue());
        }
        out.writeInt(arguments.size());
        for (String argument : arguments) {
            DaemonProtocol.writeString(out, argument);
        }
        out.flush();
        CountDownLatch finished = new CountDownLatch(1);
        Thread cancelOnInterrupt = new Thread(() -> cancel(finished), "synergos-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        try {
            return copyOutputUntilExit();
        } finally {
            finished.countDown();
        }
    }

    /** Sends a status or stop request; returns the runtime's answer. */
    String request(String kind) throws IOException {
        out.writeUTF(DaemonProtocol.GREETING);
        out.writeUTF(kind);
        out.flush();
        try {
            byte frame = in.readByte();
            return frame == DaemonProtocol.STATUS ? DaemonProtocol.readString(in) : "";
        } catch (EOFException e) {
            return "";
        }
    }

    private int copyOutputUntilExit() throws IOException {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        OutputStream stderr = new FileOutputStream(FileDescriptor.err);
        while (true) {
            byte frame;
            try {
                frame = in.readByte();
            } catch (EOFException e) {
                throw new IOException("the resident runtime closed the connection before the command ended");
            }
            switch (frame) {
                case DaemonProtocol.OUT -> stdout = copy(DaemonProtocol.readBytes(in), stdout);
                case DaemonProtocol.ERR -> stderr = copy(DaemonProtocol.readBytes(in), stderr);
                case DaemonProtocol.EXIT -> {
                    return in.readInt();
                }
                default -> throw new IOException("unexpected message " + frame + " from the resident runtime");
            }
        }
    }

    /**
     * Writes output to a stream of this process; a stream that fails (a closed pipe, as in {@code | head}) is
     * dropped and later output discarded, as an in-process command's {@code System.out} would do.
     */
    private static OutputStream copy(byte[] bytes, OutputStream target) {
        if (target == null) {
            return null;
        }
        try {
            target.write(bytes);
            return target;
        } catch (IOException e) {
            return null;
        }
    }

    /** On Ctrl-C: asks the runtime to cancel, then lets the output copy finish (briefly). */
    private void cancel(CountDownLatch finished) {
        if (finished.getCount() == 0) {
            return;
        }
        try {
            synchronized (out) {
                out.writeByte(DaemonProtocol.CANCEL);
                out.flush();
            }
            finished.await(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the runtime is gone: nothing left to cancel
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
