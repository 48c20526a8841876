package org.synergos.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.helpers.FrameworkQueries;
import org.synergos.model.testsupport.TestResources;
import org.synergos.model.validation.SynergosValidation;

/**
 * The example studies in the repository's {@code examples/} folder: every {@code model.synergos} loads,
 * is valid without errors or warnings (data columns included), and survives a load-save round trip
 * byte for byte; the SIMULATED data sets have their documented size and every indicator column.
 * The examples folder is {@code ../../examples} from the test bundle ({@link TestResources#PROPERTY}),
 * or {@code examples} below the working directory.
 */
class ExampleStudiesTest {

    /** Studies with a SIMULATED data set: folder -&gt; number of data rows. */
    private static final Map<String, Integer> SIMULATED_ROWS = Map.of("nqpf-smes", 314, "iur-performance", 362);

    private static final List<String> STUDIES = List.of("nqpf-smes", "iur-performance", "change-range",
            "influencing-factors", "events", "implementation-path", "triple-helix", "university-industry",
            "technology-factor-industry", "sample-size", "sd-synergy");

    @TempDir
    Path dir;

    static Path examplesFolder() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(TestResources.PROPERTY);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured).resolve("../../examples"));
        }
        Path workingDir = Path.of("").toAbsolutePath();
        candidates.add(workingDir.resolve("../../examples"));
        candidates.add(workingDir.resolve("examples"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("examples folder not found (tried " + candidates + "); set -D"
                + TestResources.PROPERTY + "=<path to bundles/org.synergos.model.tests>");
    }

    static Stream<Path> models() throws IOException {
        try (Stream<Path> folders = Files.list(examplesFolder())) {
            return folders.map(folder -> folder.resolve("model.synergos")).filter(Files::isRegularFile).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    @Test
    void everyStudyHasAModelAndAReadme() {
        Path examples = examplesFolder();
        for (String study : STUDIES) {
            assertTrue(Files.isRegularFile(examples.resolve(study).resolve("model.synergos")), study + "/model.synergos");
            assertTrue(Files.isRegularFile(examples.resolve(study).resolve("README.md")), study + "/README.md");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void isValidWithoutErrorsOrWarnings(Path model) throws Exception {
        Diagnostic result = SynergosValidation.validate(ModelStore.load(model));
        List<String> findings = result.getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.WARNING)
                .map(Diagnostic::getMessage)
                .collect(Collectors.toList());
        assertEquals(List.of(), findings, model.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void saveReproducesTheCommittedBytes(Path model) throws Exception {
        Path copy = dir.resolve(model.getParent().getFileName() + ".synergos");
        ModelStore.save(ModelStore.load(model), copy);
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(copy),
                () -> model + " is not what ModelStore.save writes; rebuild the examples");
    }

    @Test
    void simulatedDataHaveTheirSizeAndEveryIndicatorColumn() throws Exception {
        for (Map.Entry<String, Integer> study : SIMULATED_ROWS.entrySet()) {
            Path folder = examplesFolder().resolve(study.getKey());
            Framework framework = ModelStore.load(folder.resolve("model.synergos"));
            assertEquals(1, framework.getDataSources().size(), study.getKey());
            Path data = folder.resolve(framework.getDataSources().get(0).getPath());
            List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .collect(Collectors.toList());
            assertEquals(study.getValue() + 1, lines.size(), data + ": header plus data rows");
            List<String> header = Arrays.asList(lines.get(0).split(","));
            List<Indicator> indicators = FrameworkQueries.allIndicators(framework);
            assertFalse(indicators.isEmpty(), study.getKey());
            for (Indicator indicator : indicators) {
                assertTrue(header.contains(FrameworkQueries.columnOf(indicator)),
                        data + " lacks column " + FrameworkQueries.columnOf(indicator));
            }
            for (String row : lines.subList(1, lines.size())) {
                String[] cells = row.split(",", -1);
                assertEquals(header.size(), cells.length, data + ": " + row);
                assertTrue(cells[0].startsWith("SIMULATED-"), data + ": every row is labelled SIMULATED: " + row);
            }
        }
    }
}
