package org.synergos.tools.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.model.validation.SynergosValidation;

/**
 * Writes examples/&lt;study&gt;/model.synergos for every example study with {@link ModelStore#save}, then
 * loads each file again and validates it (data columns included); fails on any error or warning.
 *
 * <pre>mvn -q -f releng/examples-builder/pom.xml compile exec:java</pre>
 *
 * Argument: the examples folder (default {@code examples} below the working directory).
 */
public final class BuildExamples {

    /** Folder name -&gt; model builder, in the order of examples/README.md. */
    static Map<String, Supplier<Framework>> studies() {
        Map<String, Supplier<Framework>> studies = new LinkedHashMap<>();
        studies.put("nqpf-smes", NqpfSmes::build);
        studies.put("sd-synergy", SdSynergy::build);
        studies.put("iur-performance", IurPerformance::build);
        studies.put("change-range", PaperA::changeRange);
        studies.put("influencing-factors", PaperA::influencingFactors);
        studies.put("events", PaperA::events);
        studies.put("implementation-path", PaperA::implementationPath);
        studies.put("triple-helix", TripleHelix::build);
        studies.put("university-industry", UniversityIndustry::build);
        studies.put("technology-factor-industry", TechnologyFactorIndustry::build);
        studies.put("sample-size", SampleSize::build);
        studies.put("nqpf-smes-published-table", PublishedTable::build);
        studies.put("nqpf-smes-power", NqpfSmesPower::build);
        studies.put("dea-innovation-efficiency", DeaInnovationEfficiency::build);
        return studies;
    }

    private BuildExamples() {
    }

    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples").toAbsolutePath().normalize();
        boolean failed = false;
        for (Map.Entry<String, Supplier<Framework>> study : studies().entrySet()) {
            Path folder = examples.resolve(study.getKey());
            Files.createDirectories(folder);
            Path file = folder.resolve("model.synergos");
            Path backup = ModelStore.backupOf(file);
            boolean hadBackup = Files.exists(backup);
            ModelStore.save(study.getValue().get(), file);
            if (!hadBackup) {
                Files.deleteIfExists(backup); // ModelStore keeps the previous version; the examples do not need it
            }
            Diagnostic result = SynergosValidation.validate(ModelStore.load(file));
            StringBuilder findings = new StringBuilder();
            for (Diagnostic child : result.getChildren()) {
                if (child.getSeverity() >= Diagnostic.WARNING) {
                    findings.append("\n    ").append(child.getMessage());
                }
            }
            System.out.println((findings.length() == 0 ? "ok      " : "INVALID ") + examples.getParent().relativize(file)
                    + findings);
            failed |= findings.length() > 0;
        }
        if (failed) {
            System.exit(1);
        }
    }
}
