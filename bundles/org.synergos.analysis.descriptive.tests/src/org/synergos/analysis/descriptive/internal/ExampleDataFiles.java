package org.synergos.analysis.descriptive.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.study.Studies;
import org.synergos.analysis.study.Study;
import org.synergos.data.Dataset;

/**
 * Test support for comparing data formats on an example study: its model copied with the data source bound
 * to another file, read as the analysis runner reads it, and the descriptive engine's run on it.
 */
final class ExampleDataFiles {

    private ExampleDataFiles() {
    }

    /** The example's model in {@code dir/folder}, its data source's path set to {@code dataFile} (data.csv is copied). */
    static Path copyExample(Path dir, Path example, String folder, String dataFile) throws Exception {
        Path target = Files.createDirectories(dir.resolve(folder));
        String model = Files.readString(example.resolve("model.synergos"), StandardCharsets.UTF_8);
        assertTrue(model.contains("path=\"data.csv\""));
        Files.writeString(target.resolve("model.synergos"), model.replace("path=\"data.csv\"", "path=\"" + dataFile + "\""),
                StandardCharsets.UTF_8);
        if (dataFile.equals("data.csv")) {
            Files.copy(example.resolve("data.csv"), target.resolve("data.csv"));
        }
        return target.resolve("model.synergos");
    }

    /** The model's first data source, read as the analyses read it. */
    static Dataset read(Path model) throws Exception {
        Study study = Studies.load(model);
        return Studies.read(study, study.framework().getDataSources().get(0));
    }

    /** The descriptive engine with its defaults; the run must succeed. */
    static AnalysisResult run(Dataset data) throws Exception {
        DescriptiveEngine engine = new DescriptiveEngine();
        AnalysisResult result = engine.run(new AnalysisRequest(AnalysisInput.ofData(data),
                Parameters.resolve(engine.descriptor(), Map.of()), null), AnalysisMonitor.silent());
        assertTrue(result.isSuccessful(), result.messages().toString());
        return result;
    }
}
