package org.synergos.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.synergos.analysis.study.Studies;
import org.synergos.analysis.study.Study;
import org.synergos.analysis.study.StudyException;
import org.synergos.data.io.AtomicFiles;
import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.model.lavaan.LavaanWriter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synergos export MODEL --lavaan}: the model's measurement and structural model as lavaan syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a model in another tool's language: --lavaan writes lavaan model syntax.")
final class ExportCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(paramLabel = "MODEL", description = "Model file (*.synergos) or a folder holding one.")
    Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Format format;

    static final class Format {
        @Option(names = "--lavaan", required = true, description = "lavaan model syntax.")
        boolean lavaan;
    }

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "File to write (default: standard output).")
    Path output;

    ExportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Study study;
        try {
            study = Studies.load(model);
        } catch (StudyException e) {
            context.err().println("synergos export: " + e.getMessage());
            return HeadlessApplication.FAILED;
        }
        String syntax = LavaanWriter.write(study.framework());
        if (output == null) {
            context.out().print(syntax);
            context.out().flush();
        } else {
            AtomicFiles.writeString(output, syntax);
            context.err().println("Wrote " + output);
        }
        return HeadlessApplication.OK;
    }
}
