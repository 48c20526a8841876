package org.synergos.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.synergos.analysis.reproduce.RScript;
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

/**
 * {@code synergos export MODEL --lavaan}: the model's measurement and structural model as lavaan syntax;
 * {@code --r}: an R script that reproduces the model's configured analyses with established R packages.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Write a model in another tool's language: --lavaan writes lavaan model syntax; --r writes an "
                + "R script that reproduces the configured analyses (cb-sem with lavaan), reading the same data.",
                "Analyses the script cannot reproduce are named in it and on standard error." })
final class ExportCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(paramLabel = "MODEL", description = "Model file (*.synergos) or a folder holding one.")
    Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Format format;

    static final class Format {
        @Option(names = "--lavaan", required = true, description = "lavaan model syntax.")
        boolean lavaan;

        @Option(names = "--r", required = true,
                description = "An R script reproducing the configured analyses; data paths relative to the script.")
        boolean r;
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
        String syntax;
        if (format.r) {
            Path folder = output == null ? context.resolve(".") : context.resolve(output.toString()).getParent();
            RScript script = context.rScriptWriter().write(study, folder);
            script.omissions().forEach(omission -> context.err().println("synergos export: " + omission.message()));
            syntax = script.text();
        } else {
            try {
                syntax = LavaanWriter.write(study.framework());
            } catch (IllegalArgumentException e) {
                context.err().println("synergos export: " + e.getMessage());
                return HeadlessApplication.FAILED;
            }
        }
        if (output == null) {
            context.out().print(syntax);
            context.out().flush();
        } else {
            AtomicFiles.writeString(context.resolve(output.toString()), syntax);
            context.err().println("Wrote " + output);
        }
        return HeadlessApplication.OK;
    }
}
