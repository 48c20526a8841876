package org.synergos.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.model.Framework;

/**
 * The report's path diagrams: {@code diagrams/model.svg} for a model with constructs, and
 * {@code diagrams/<run>.svg} for each analysis whose result overlays the model's constructs, indicators or
 * paths (PLS-SEM, CB-SEM). The same SVG text goes into the file and inline into {@code index.html}.
 */
final class ReportDiagrams {

    static final String MODEL_FILE = "diagrams/model.svg";

    private final String model;
    private final List<String> runDiagrams = new ArrayList<>();
    private final List<String> runFiles = new ArrayList<>();

    private ReportDiagrams(Study study, List<ConfiguredRun> runs) {
        Framework framework = study.framework();
        model = framework.getConstructs().isEmpty() ? null
                : PathDiagramSvg.render(framework, DiagramValues.none(), "Structural model: " + study.name(),
                        "synergos-model");
        for (ConfiguredRun run : runs) {
            String base = FileNames.slug(run.name());
            // a run named "Model" must not overwrite the model's own diagram
            base = base.equals("model") ? "model-results" : base;
            boolean drawn = DiagramValues.describes(framework, run.result());
            runDiagrams.add(drawn ? PathDiagramSvg.render(framework, DiagramValues.of(run.result()), run.name(),
                    "synergos-" + base) : null);
            runFiles.add("diagrams/" + base + ".svg");
        }
    }

    static ReportDiagrams of(Study study, List<ConfiguredRun> runs) {
        return new ReportDiagrams(study, runs);
    }

    Optional<String> model() {
        return Optional.ofNullable(model);
    }

    Optional<String> ofRun(int index) {
        return Optional.ofNullable(runDiagrams.get(index));
    }

    String fileOfRun(int index) {
        return runFiles.get(index);
    }

    /** Files to write, relative to the report folder, as standalone SVG documents. */
    Map<Path, String> files() {
        Map<Path, String> files = new LinkedHashMap<>();
        if (model != null) {
            files.put(Path.of(MODEL_FILE), PathDiagramSvg.XML_DECLARATION + model);
        }
        for (int i = 0; i < runDiagrams.size(); i++) {
            if (runDiagrams.get(i) != null) {
                files.put(Path.of(runFiles.get(i)), PathDiagramSvg.XML_DECLARATION + runDiagrams.get(i));
            }
        }
        return files;
    }
}
