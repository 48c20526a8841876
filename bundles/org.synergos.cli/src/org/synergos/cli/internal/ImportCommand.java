package org.synergos.cli.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.synergos.analysis.study.LavaanStudy;
import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelSaveException;
import org.synergos.model.io.ModelStore;
import org.synergos.model.lavaan.LavaanSyntaxException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code synergos import FILE.lav}: a model folder from lavaan model syntax, with the data copied in and
 * a covariance-based SEM analysis configured on it, so that {@code analyze} and {@code report} run it.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Create a model folder from lavaan model syntax (=~, <~, ~, ~~, :=, ==, labels, fixed values).",
                "With --data the CSV file is copied in and a cb-sem analysis is configured on it." })
final class ImportCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(paramLabel = "FILE.lav", description = "lavaan model syntax (UTF-8).")
    Path syntax;

    @Option(names = "--data", paramLabel = "FILE.csv", description = "Data to copy into the folder and bind.")
    Path data;

    @Option(names = { "-o", "--output" }, paramLabel = "DIR",
            description = "Model folder to create (default: the syntax file's name without extension).")
    Path output;

    ImportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(syntax)))
                    .toString();
        } catch (CharacterCodingException e) {
            return fail(syntax + ": not valid UTF-8 text");
        } catch (IOException e) {
            return fail(syntax + ": cannot be read: " + e.getMessage());
        }
        String name = baseName(syntax);
        Framework framework;
        try {
            framework = LavaanStudy.read(text, name, data == null ? null : data.getFileName().toString(),
                    syntax.getFileName().toString());
        } catch (LavaanSyntaxException e) {
            return fail(syntax + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
        Path folder = output != null ? output : syntax.resolveSibling(name);
        Path model = folder.resolve("model.synergos");
        if (Files.exists(model)) {
            return fail(model + " exists already; choose another folder with -o");
        }
        if (data != null && !Files.isRegularFile(data)) {
            return fail(data + ": no such data file");
        }
        Files.createDirectories(folder);
        if (data != null) {
            Path copy = folder.resolve(data.getFileName());
            if (!Files.exists(copy)) {
                Files.copy(data, copy);
            }
        }
        try {
            ModelStore.save(framework, model);
        } catch (ModelSaveException e) {
            return fail(e.getMessage());
        }
        context.out().println("Created " + model + (data == null ? "" : " with " + data.getFileName()
                + " and a cb-sem analysis (run: synergos analyze " + folder + ")"));
        return HeadlessApplication.OK;
    }

    private int fail(String message) {
        context.err().println("synergos import: " + message);
        return HeadlessApplication.FAILED;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
