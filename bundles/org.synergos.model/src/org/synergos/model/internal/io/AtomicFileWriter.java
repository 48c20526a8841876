package org.synergos.model.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that readers (and a crash) see either the old or the new content, never a
 * truncated one: write a temp file in the same folder, fsync it, keep the old file as
 * {@code <name>.bak}, then rename over the target.
 */
public final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /** A last check of the target, run after the new content is on disk and before anything is replaced. */
    @FunctionalInterface
    public interface BeforeReplace {
        void check(Path target) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, t -> {
        });
    }

    /**
     * As {@link #write(Path, byte[])}, but {@code beforeReplace} may refuse (by throwing) just before the
     * backup and rename, which leaves the target untouched: the window for a concurrent change to slip in is
     * the backup copy and one rename, not the whole serialisation and fsync.
     */
    public static void write(Path target, byte[] content, BeforeReplace beforeReplace) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            // CREATE_NEW (not createTempFile) so the file gets the usual umask permissions, not 0600
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            beforeReplace.check(absolute);
            if (Files.exists(absolute)) {
                copyPermissions(absolute, temp);
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the default permissions
        }
    }

    /** Makes the rename durable where the platform allows opening a directory (Linux, macOS). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; the rename itself is still atomic there.
        }
    }
}
