package org.synergos.workbench.glsp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergos.workbench.glsp.internal.TestWorkbench.WAIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.model.io.ModelStore;
import org.synergos.workbench.glsp.internal.actions.ErrorAction;
import org.synergos.workbench.glsp.internal.actions.ReloadAction;
import org.synergos.workbench.glsp.internal.actions.SaveAction;
import org.synergos.workbench.glsp.internal.actions.SaveConflictAction;
import org.synergos.workbench.glsp.internal.actions.SavedAction;
import org.synergos.workbench.glsp.internal.model.LayoutFile;

/**
 * Saves never silently overwrite a change made on disk since the model was loaded (another workbench, an editor,
 * {@code git pull}): the save writes nothing and the client is offered reload, overwrite or save as.
 */
class SaveConflictSessionTest {

    private static final String MODEL = "nqpf-smes/model.synergos";

    @TempDir
    Path workspace;

    private Path model;
    private TestWorkbench workbench;

    @BeforeEach
    void open() throws Exception {
        TestWorkbench.copyExample(workspace, "nqpf-smes");
        model = workspace.resolve(MODEL);
        workbench = new TestWorkbench(workspace);
        workbench.open("a", MODEL);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aFileRewrittenOnDiskIsNotOverwrittenAndTheClientIsAskedWhatToDo() throws Exception {
        edit("a", "construct.NQPF", "MINE");
        byte[] theirs = rewriteOnDisk();

        SaveConflictAction conflict = saveExpectingConflict("a");

        assertEquals(MODEL, conflict.getPath());
        assertEquals("changed", conflict.getReason());
        assertTrue(conflict.getMessage().contains("changed on disk since it was loaded"), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("model.synergos"), conflict.getMessage());
        assertArrayEquals(theirs, Files.readAllBytes(model), "the other writer's bytes stay");
        // the edit's own dirty=true may arrive after the save was sent; only a clean state would be wrong
        assertTrue(workbench.client.received(SetDirtyStateAction.class).stream()
                .noneMatch(d -> !((SetDirtyStateAction) d).isDirty()), "the diagram stays dirty");
    }

    @Test
    void aDeletedFileIsAConflictToo() throws Exception {
        edit("a", "construct.NQPF", "MINE");
        Files.delete(model);
        assertEquals("deleted", saveExpectingConflict("a").getReason());
        assertFalse(Files.exists(model));
    }

    @Test
    void ofTwoWorkbenchesOnOneModelTheSecondToSaveGetsTheConflictUntilItOverwrites() throws Exception {
        try (TestWorkbench other = new TestWorkbench(workspace)) {
            other.open("b", MODEL);
            edit(other, "b", "construct.DT", "THEIRS");
            savedAs(other, "b", MODEL);
            byte[] theirs = Files.readAllBytes(model);

            edit("a", "construct.NQPF", "MINE");
            saveExpectingConflict("a");
            assertArrayEquals(theirs, Files.readAllBytes(model), "b's save is not overwritten");

            workbench.send("a", new SaveAction().overwrite(true));
            assertFalse(workbench.client.await(SetDirtyStateAction.class, WAIT).isDirty());
            assertEquals(MODEL, workbench.client.await(SavedAction.class, WAIT).getPath());
            String saved = Files.readString(model);
            assertTrue(saved.contains("code=\"MINE\"") && !saved.contains("code=\"THEIRS\""), "overwrite writes a's model");

            // now b's copy is the stale one: its next save is refused in turn
            byte[] mine = Files.readAllBytes(model);
            edit(other, "b", "construct.CIP", "AGAIN");
            other.send("b", new SaveModelAction());
            assertEquals("changed", other.client.await(SaveConflictAction.class, WAIT).getReason());
            assertArrayEquals(mine, Files.readAllBytes(model));
        }
    }

    @Test
    void diagramsOfOneWorkbenchShareTheModelSoEachSavesTheOthersEditsWithoutConflict() throws Exception {
        workbench.open("a2", MODEL);
        edit("a", "construct.NQPF", "MINE");
        savedAs(workbench, "a2", MODEL);
        edit("a2", "construct.CIP", "SECOND");
        savedAs(workbench, "a", MODEL);
        String saved = Files.readString(model);
        assertTrue(saved.contains("code=\"MINE\"") && saved.contains("code=\"SECOND\""), "both edits saved");

        rewriteOnDisk();
        saveExpectingConflict("a2");
        saveExpectingConflict("a");
    }

    @Test
    void reloadDiscardsTheEditsAndShowsTheFileAsItIsOnDisk() throws Exception {
        workbench.open("a2", MODEL);
        edit("a", "construct.NQPF", "MINE");
        rewriteOnDisk();
        saveExpectingConflict("a");

        workbench.sendRecordingAll("a", new ReloadAction());
        GModelRoot reloaded = workbench.client.await("a", UpdateModelAction.class, u -> true, WAIT).getNewRoot();
        assertEquals("THEIRS", label(reloaded, "construct.DT"));
        assertEquals("NQPF", label(reloaded, "construct.NQPF"), "the unsaved edit is gone");
        assertFalse(workbench.client.await("a", SetDirtyStateAction.class, d -> true, WAIT).isDirty());
        GModelRoot inOther = workbench.client.await("a2", UpdateModelAction.class,
                u -> "THEIRS".equals(label(u.getNewRoot(), "construct.DT")), WAIT).getNewRoot();
        assertEquals("NQPF", label(inOther, "construct.NQPF"), "the model's other diagram shows the reloaded model too");
        assertFalse(workbench.client.await("a2", SetDirtyStateAction.class, d -> !d.isDirty(), WAIT).isDirty());

        // the reloaded model's hash is the new condition: editing and saving it goes through
        edit("a", "construct.NQPF", "AFTER");
        savedAs(workbench, "a", MODEL);
        String saved = Files.readString(model);
        assertTrue(saved.contains("code=\"AFTER\"") && saved.contains("code=\"THEIRS\""));
    }

    @Test
    void saveAsWritesANewFileInTheWorkspaceAndLeavesTheChangedOneAlone() throws Exception {
        workbench.open("a2", MODEL);
        edit("a", "construct.NQPF", "MINE");
        byte[] theirs = rewriteOnDisk();
        saveExpectingConflict("a");

        workbench.sendRecordingAll("a", new SaveAction().saveAs("nqpf-smes/mine.synergos"));
        assertEquals("nqpf-smes/mine.synergos", workbench.client.await("a", SavedAction.class, s -> true, WAIT).getPath());
        assertEquals("nqpf-smes/mine.synergos", workbench.client.await("a2", SavedAction.class, s -> true, WAIT).getPath(),
                "the model's other diagram is told its new file");
        assertFalse(workbench.client.await("a2", SetDirtyStateAction.class, d -> true, WAIT).isDirty());
        Path mine = workspace.resolve("nqpf-smes/mine.synergos");
        assertTrue(Files.readString(mine).contains("code=\"MINE\""));
        assertNotNullModel(mine);
        assertTrue(Files.exists(LayoutFile.of(mine, "sem-path")), "the layout goes with it");
        assertArrayEquals(theirs, Files.readAllBytes(model), "the changed file is left alone");

        // the diagram now edits the new file: a later save goes there without conflict
        edit("a", "construct.NQPF", "LATER");
        savedAs(workbench, "a", "nqpf-smes/mine.synergos");
        assertTrue(Files.readString(mine).contains("code=\"LATER\""));
        assertArrayEquals(theirs, Files.readAllBytes(model));
    }

    @Test
    void saveAsRefusesNamesOutsideTheWorkspaceOtherExtensionsAndExistingFiles() throws Exception {
        edit("a", "construct.NQPF", "MINE");
        byte[] before = Files.readAllBytes(model);
        assertTrue(saveAsRefused("../outside.synergos").contains("outside the workspace"));
        assertFalse(Files.exists(workspace.resolveSibling("outside.synergos")));
        assertTrue(saveAsRefused("nqpf-smes/mine.xml").contains("ends in .synergos"));
        Files.copy(model, model.resolveSibling("existing.synergos"));
        assertTrue(saveAsRefused("nqpf-smes/existing.synergos").contains("exists already"));
        assertTrue(saveAsRefused("nqpf-smes/model.synergos").contains("open in the workbench"));
        assertTrue(saveAsRefused("nowhere/mine.synergos").contains("does not exist"));
        assertArrayEquals(before, Files.readAllBytes(model));
        try (Stream<Path> files = Files.list(model.getParent())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith("mine")));
        }
    }

    private String saveAsRefused(String name) throws InterruptedException {
        workbench.send("a", new SaveAction().saveAs(name));
        String message = workbench.client.await(ErrorAction.class, WAIT).getMessage();
        assertTrue(workbench.client.received(SavedAction.class).isEmpty(), name + " was saved");
        return message;
    }

    private static void assertNotNullModel(Path file) throws Exception {
        assertEquals("MINE", ModelStore.load(file).getConstructs().stream().filter(c -> c.getId().equals("construct.NQPF"))
                .findFirst().orElseThrow().getCode());
    }

    /** Another writer changes the file: construct DT's code becomes THEIRS. Returns the file's new bytes. */
    private byte[] rewriteOnDisk() throws Exception {
        String text = Files.readString(model);
        assertTrue(text.contains("code=\"DT\""));
        Files.writeString(model, text.replace("code=\"DT\"", "code=\"THEIRS\""));
        return Files.readAllBytes(model);
    }

    private void edit(String client, String element, String code) throws InterruptedException {
        edit(workbench, client, element, code);
    }

    private static void edit(TestWorkbench on, String client, String element, String code) throws InterruptedException {
        on.send(client, new ApplyLabelEditOperation(element + "_label", code));
        on.client.await(UpdateModelAction.class, u -> code.equals(label(u.getNewRoot(), element)), WAIT);
    }

    private SaveConflictAction saveExpectingConflict(String client) throws InterruptedException {
        workbench.send(client, new SaveModelAction());
        return workbench.client.await(SaveConflictAction.class, WAIT);
    }

    /** Saves and checks it went through, to {@code path}. */
    private static void savedAs(TestWorkbench on, String client, String path) throws InterruptedException {
        on.send(client, new SaveModelAction());
        assertEquals(path, on.client.await(SavedAction.class, WAIT).getPath());
        assertTrue(on.client.received(SaveConflictAction.class).isEmpty());
    }

    private static String label(GModelRoot root, String id) {
        return all(root).filter(e -> e.getId().equals(id)).findFirst()
                .map(n -> ((GLabel) n.getChildren().get(0)).getText()).orElse(null);
    }

    private static Stream<GModelElement> all(GModelElement element) {
        return Stream.concat(Stream.of(element), element.getChildren().stream().flatMap(SaveConflictSessionTest::all));
    }
}
