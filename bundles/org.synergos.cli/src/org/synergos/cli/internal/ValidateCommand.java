package org.synergos.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;
import org.synergos.analysis.study.DataSourceColumns;
import org.synergos.analysis.study.Studies;
import org.synergos.analysis.study.Study;
import org.synergos.analysis.study.StudyException;
import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.model.validation.SynergosValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synergos validate}: loads a model and reports every rule it breaks. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Load a model and check it: structure, references, data bindings, paths, periods.",
                "Exit code 0 when valid, 1 when it has errors (or warnings with --strict)." })
final class ValidateCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(paramLabel = "MODEL", description = "Model file (*.synergos) or a folder holding one.")
    Path model;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    ValidateCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Study study;
        try {
            study = Studies.load(model);
        } catch (StudyException e) {
            context.err().println(e.getMessage());
            return HeadlessApplication.FAILED;
        }
        Diagnostic result = SynergosValidation.validate(study.framework(), new DataSourceColumns());
        int errors = 0;
        int warnings = 0;
        for (Diagnostic finding : result.getChildren()) {
            String severity = switch (finding.getSeverity()) {
            case Diagnostic.ERROR -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
            };
            errors += finding.getSeverity() == Diagnostic.ERROR ? 1 : 0;
            warnings += finding.getSeverity() == Diagnostic.WARNING ? 1 : 0;
            context.out().println(study.modelFile().getFileName() + ": " + severity + ": " + finding.getMessage());
        }
        context.out().println(study.modelFile() + ": " + errors + " error(s), " + warnings + " warning(s)");
        return errors > 0 || strict && warnings > 0 ? HeadlessApplication.FAILED : HeadlessApplication.OK;
    }
}
