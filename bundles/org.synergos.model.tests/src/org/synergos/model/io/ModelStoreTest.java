package org.synergos.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.model.Framework;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.testsupport.ExampleModels;

class ModelStoreTest {

    @TempDir
    Path dir;

    @Test
    void saveLoadSaveIsByteStable() throws Exception {
        Path first = dir.resolve("first.synergos");
        Path second = dir.resolve("second.synergos");
        ModelStore.save(ExampleModels.smeStudyWithModeration(), first);
        Framework loaded = ModelStore.load(first);
        ModelStore.save(loaded, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Framework reloaded = ModelStore.load(second);
        ModelStore.save(reloaded, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void roundTripKeepsEveryElementAndReference() throws Exception {
        Framework original = ExampleModels.smeStudyWithModeration();
        Path file = dir.resolve("study.synergos");
        ModelStore.save(original, file);
        Framework loaded = ModelStore.load(file);
        assertTrue(EcoreUtil.equals(ExampleModels.smeStudyWithModeration(), loaded));
        MediationHypothesis h4 = loaded.getMediations().get(0);
        assertSame(loaded.getConstructs().get(1), h4.getMediators().get(0));
        assertEquals("DT", h4.getMediators().get(0).getCode());
    }

    @Test
    void chineseTextRoundTripsAsUtf8() throws Exception {
        Path file = dir.resolve("中文模型.synergos");
        ModelStore.save(ExampleModels.smeStudy(), file);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
        assertTrue(xml.contains("name=\"新质生产力驱动中小企业协同创新绩效\""), "written as characters, not escapes");
        Framework loaded = ModelStore.load(file);
        assertEquals("新质生产力驱动中小企业协同创新绩效", loaded.getName());
        assertEquals("2023年第三季度", loaded.getEvents().get(2).getPeriod());
    }

    @Test
    void referencesAreWrittenAsIdsWithoutXmiIds() throws Exception {
        Path file = dir.resolve("ids.synergos");
        ModelStore.save(ExampleModels.smeStudy(), file);
        String xml = Files.readString(file);
        assertFalse(xml.contains("xmi:id"));
        assertFalse(xml.contains("\r"), "line ends are \\n on every platform");
        assertTrue(xml.contains("<paths id=\"structuralPath.H2\" label=\"H2\" expectedSign=\"POSITIVE\""
                + " source=\"construct.NQPF\" target=\"construct.DT\" parameterLabel=\"a\"/>"), xml);
        assertTrue(xml.contains("mediators=\"construct.DT\""));
    }

    @Test
    void savingTheSameModelTwiceGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.synergos");
        Path b = dir.resolve("b.synergos");
        ModelStore.save(ExampleModels.smeStudy(), a);
        ModelStore.save(ExampleModels.smeStudy(), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void loadRecordsSourceLocations() throws Exception {
        Path file = dir.resolve("located.synergos");
        ModelStore.save(ExampleModels.smeStudy(), file);
        Framework loaded = ModelStore.load(file);
        SourceLocation location = SourceLocations.of(loaded.getPaths().get(0)).orElseThrow();
        String line = Files.readAllLines(file).get(location.line() - 1);
        assertTrue(line.contains("structuralPath.H1"), line);
    }
}
