package org.synergos.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataPathsTest {

    @TempDir
    Path dir;

    @Test
    void resolvesRelativeToTheModelFile() throws Exception {
        Path model = dir.resolve("study/model.synergos");
        assertEquals(dir.resolve("study/data/survey.csv"), DataPaths.resolve(model, "data/survey.csv"));
        assertEquals(dir.resolve("study/survey.csv"), DataPaths.resolve(model, "data/../survey.csv"));
        assertEquals(dir.resolve("study/data/survey.csv"), DataPaths.resolve(model, "data\\survey.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.csv", "data/../../secret.csv", "/etc/passwd", "C:\\data\\x.csv", "~/x.csv", " "})
    void refusesPathsLeavingTheWorkspace(String path) {
        WorkspacePathException e = assertThrows(WorkspacePathException.class,
                () -> DataPaths.resolve(dir.resolve("model.synergos"), path));
        assertTrue(e.getMessage().contains("relative to the model file"), e.getMessage());
    }

    @Test
    void refusesSymbolicLinksOutOfTheFolder() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.csv"), "a\n1\n");
        Path study = Files.createDirectories(dir.resolve("study"));
        Files.createSymbolicLink(study.resolve("link.csv"), outside.resolve("secret.csv"));
        WorkspacePathException e = assertThrows(WorkspacePathException.class,
                () -> DataPaths.resolve(study.resolve("model.synergos"), "link.csv"));
        assertTrue(e.getMessage().contains("link"), e.getMessage());
    }
}
