package org.synergos.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.model.Framework;
import org.synergos.model.internal.io.AtomicFileWriter;
import org.synergos.model.testsupport.ExampleModels;

/** A save with the hash the model was loaded with refuses to replace a file someone else changed meanwhile. */
class SaveConflictTest {

    @TempDir
    Path dir;

    private Path file;

    private ModelStore.Tracked loaded() throws Exception {
        file = dir.resolve("study.synergos");
        ModelStore.save(ExampleModels.smeStudy(), file);
        return ModelStore.loadTracked(file);
    }

    @Test
    void loadingRecordsTheSha256OfTheBytesRead() throws Exception {
        ModelStore.Tracked tracked = loaded();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(expected, tracked.hash().sha256());
        assertEquals(ExampleModels.smeStudy().getName(), tracked.framework().getName());
    }

    @Test
    void aSaveOverAFileChangedOnDiskIsRefusedAndLeavesItUntouched() throws Exception {
        ModelStore.Tracked tracked = loaded();
        // another writer (a second workbench, an editor, git pull) changes the file after the load
        Framework other = ModelStore.load(file);
        other.setName("changed by the other writer");
        ModelStore.save(other, file);
        byte[] theirs = Files.readAllBytes(file);
        Files.delete(ModelStore.backupOf(file));

        tracked.framework().setName("my edit");
        SaveConflictException e = assertThrows(SaveConflictException.class,
                () -> ModelStore.save(tracked.framework(), file, SaveCondition.unchangedSince(tracked.hash())));

        assertEquals(SaveConflictException.Reason.CHANGED, e.reason());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("changed on disk since it was loaded"), e.getMessage());
        assertArrayEquals(theirs, Files.readAllBytes(file), "the other writer's bytes stay");
        assertEquals(List.of(file), files(), "no backup, no temp file left");
    }

    @Test
    void overwriteReplacesTheChangedFileAndReturnsTheHashOfWhatItWrote() throws Exception {
        ModelStore.Tracked tracked = loaded();
        Files.writeString(file, Files.readString(file).replace("?>", "?>\n<!-- edited by hand -->"));

        tracked.framework().setName("mine wins");
        ContentHash written = ModelStore.save(tracked.framework(), file, SaveCondition.any());

        assertEquals("mine wins", ModelStore.load(file).getName());
        assertEquals(ContentHash.of(Files.readAllBytes(file)), written);
        // that hash is the condition for the next save, which therefore goes through
        tracked.framework().setName("saved again");
        ModelStore.save(tracked.framework(), file, SaveCondition.unchangedSince(written));
        assertEquals("saved again", ModelStore.load(file).getName());
    }

    @Test
    void anUnchangedFileIsSavedAsBefore() throws Exception {
        ModelStore.Tracked tracked = loaded();
        byte[] before = Files.readAllBytes(file);
        tracked.framework().setName("edited");
        ModelStore.save(tracked.framework(), file, SaveCondition.unchangedSince(tracked.hash()));
        assertEquals("edited", ModelStore.load(file).getName());
        assertArrayEquals(before, Files.readAllBytes(ModelStore.backupOf(file)), "backup kept as before");
    }

    @Test
    void aDeletedFileCountsAsAConflict() throws Exception {
        ModelStore.Tracked tracked = loaded();
        Files.delete(file);
        SaveConflictException e = assertThrows(SaveConflictException.class,
                () -> ModelStore.save(tracked.framework(), file, SaveCondition.unchangedSince(tracked.hash())));
        assertEquals(SaveConflictException.Reason.DELETED, e.reason());
        assertTrue(e.getMessage().contains("deleted on disk since it was loaded"), e.getMessage());
        assertFalse(Files.exists(file), "nothing was written in its place");
        assertEquals(List.of(), files());
    }

    @Test
    void saveAsANewFileRefusesAnExistingOne() throws Exception {
        ModelStore.Tracked tracked = loaded();
        byte[] before = Files.readAllBytes(file);
        assertEquals(SaveConflictException.Reason.EXISTS, assertThrows(SaveConflictException.class,
                () -> ModelStore.save(tracked.framework(), file, SaveCondition.newFile())).reason());
        assertArrayEquals(before, Files.readAllBytes(file));

        Path copy = dir.resolve("copy.synergos");
        ModelStore.save(tracked.framework(), copy, SaveCondition.newFile());
        assertEquals(tracked.framework().getName(), ModelStore.load(copy).getName());
    }

    /** The check runs after the new content is on disk, just before anything is replaced. */
    @Test
    void theCheckRunsAfterTheTempFileIsWrittenAndARefusalRemovesIt() throws Exception {
        file = dir.resolve("data.txt");
        Files.writeString(file, "old");
        IOException refusal = new IOException("refused");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, "new".getBytes(), target -> {
            assertEquals(file.toAbsolutePath(), target);
            assertEquals("old", Files.readString(target), "not replaced yet");
            assertTrue(files().stream().anyMatch(f -> f.getFileName().toString().endsWith(".tmp")
                    && readQuietly(f).equals("new")), "new content already on disk");
            throw refusal;
        }));
        assertEquals(refusal, thrown);
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    private static String readQuietly(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return "";
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
