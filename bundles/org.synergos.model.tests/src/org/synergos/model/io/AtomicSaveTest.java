package org.synergos.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;
import org.synergos.model.testsupport.ExampleModels;

class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void keepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("study.synergos");
        Framework model = ExampleModels.smeStudy();
        ModelStore.save(model, file);
        byte[] firstVersion = Files.readAllBytes(file);
        model.setName("renamed");
        ModelStore.save(model, file);
        assertEquals(dir.resolve("study.synergos.bak"), ModelStore.backupOf(file));
        assertArrayEquals(firstVersion, Files.readAllBytes(ModelStore.backupOf(file)));
        assertEquals("renamed", ModelStore.load(file).getName());
        assertOnlyModelAndBackup();
    }

    @Test
    void failedSaveLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("study.synergos");
        ModelStore.save(ExampleModels.smeStudy(), file);
        byte[] before = Files.readAllBytes(file);

        Framework broken = ExampleModels.smeStudy();
        Framework elsewhere = Elements.framework("not saved");
        Construct outside = Elements.construct(elsewhere, "OUT", ConstructMode.REFLECTIVE);
        broken.getPaths().get(0).setTarget(outside); // reference to an element that is in no resource
        ModelSaveException e = assertThrows(ModelSaveException.class, () -> ModelStore.save(broken, file));

        assertTrue(e.getMessage().contains("cannot be serialised"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(ModelStore.backupOf(file)), "nothing was replaced, so no backup");
        assertOnlyModelAndBackup();
    }

    @Test
    void failedWriteLeavesNoTempFiles() throws Exception {
        Path missingDir = dir.resolve("no/such/dir/study.synergos");
        assertThrows(ModelSaveException.class, () -> ModelStore.save(ExampleModels.smeStudy(), missingDir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    private void assertOnlyModelAndBackup() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> assertTrue(f.getFileName().toString().matches("study\\.synergos(\\.bak)?"),
                    "left over: " + f));
        }
    }
}
