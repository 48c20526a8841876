package org.synergos.data.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one rule by which a name a client sends becomes a file of a workspace folder: the name is resolved
 * against the folder and refused when it leads outside, either by its text ({@code ..}, an absolute path)
 * or through a symbolic link inside the folder that points elsewhere.
 */
public final class WorkspacePaths {

    private WorkspacePaths() {
    }

    /**
     * The file {@code name} (relative; a {@code file://} prefix is ignored) denotes inside {@code workspace},
     * which may not exist yet.
     *
     * @throws IllegalArgumentException naming {@code name} when it is blank, is the workspace itself or leads
     *                                  outside it
     */
    public static Path resolve(Path workspace, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no file name given");
        }
        String cleaned = name.startsWith("file://") ? name.substring("file://".length()) : name;
        Path root = workspace.toAbsolutePath().normalize();
        Path candidate = root.resolve(cleaned).normalize();
        if (!candidate.startsWith(root) || candidate.equals(root) || escapesThroughLink(root, candidate)) {
            throw new IllegalArgumentException("'" + name + "' is outside the workspace");
        }
        return candidate;
    }

    /** Whether the deepest existing part of {@code candidate} really lies outside the workspace's real path. */
    private static boolean escapesThroughLink(Path root, Path candidate) {
        try {
            Path existing = candidate;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null || !existing.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true; // unreadable: refuse rather than guess
        }
    }
}
