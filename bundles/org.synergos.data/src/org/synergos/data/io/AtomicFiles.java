package org.synergos.data.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers never see half a file: the content goes to a temporary file in the same
 * folder, which then replaces the target in one rename. A failed write leaves the previous file as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes UTF-8 text to {@code target}, creating its folder if needed. */
    public static void writeString(Path target, String content) throws IOException {
        writeBytes(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target}, creating its folder if needed. */
    public static void writeBytes(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".synergos-", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
