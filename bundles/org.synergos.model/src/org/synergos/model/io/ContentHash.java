package org.synergos.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-256 of a model file's bytes, as read at load or written at save: comparing it with the file's current
 * hash tells whether someone else (another workbench, an editor, {@code git pull}) changed the file since.
 */
public record ContentHash(String sha256) {

    public ContentHash {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }

    public static ContentHash of(byte[] bytes) {
        try {
            return new ContentHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The hash of the file as it is now; empty when there is no such file. */
    public static Optional<ContentHash> ofFile(Path file) throws IOException {
        try {
            return Optional.of(of(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return sha256;
    }
}
