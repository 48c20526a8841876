package org.synergos.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePathsTest {

    @TempDir
    Path dir;

    @Test
    void namesInsideTheWorkspaceResolveEvenBeforeTheFileExists() throws IOException {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        assertEquals(workspace.resolve("study/model.synergos"),
                WorkspacePaths.resolve(workspace, "study/./model.synergos"));
        assertEquals(workspace.resolve("a.csv"), WorkspacePaths.resolve(workspace, "file://a.csv"));
    }

    @Test
    void namesLeadingOutsideAreRefusedAndNamed() throws IOException {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        for (String name : new String[] { "../secret.txt", "/etc/passwd", "a/../../b", "", " ", ".", "a/.." }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WorkspacePaths.resolve(workspace, name), name);
            assertTrue(name.isBlank() || e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void aSymbolicLinkInsideThatPointsOutsideIsRefused() throws IOException {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.csv"), "x\n1\n");
        Files.createSymbolicLink(workspace.resolve("link"), outside);
        assertThrows(IllegalArgumentException.class, () -> WorkspacePaths.resolve(workspace, "link/secret.csv"));
        assertThrows(IllegalArgumentException.class, () -> WorkspacePaths.resolve(workspace, "link/new.synergos"));
        Files.createDirectories(workspace.resolve("inner"));
        Files.createSymbolicLink(workspace.resolve("alias"), workspace.resolve("inner"));
        assertEquals(workspace.resolve("alias/m.synergos"), WorkspacePaths.resolve(workspace, "alias/m.synergos"));
    }
}
