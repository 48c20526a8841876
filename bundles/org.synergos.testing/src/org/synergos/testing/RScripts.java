package org.synergos.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs R where it is installed, for tests that check generated R scripts against the engines. Tests must pass
 * without R: they skip (naming what is missing) when {@link #hasPackage} is false.
 */
public final class RScripts {

    private RScripts() {
    }

    /** Whether {@code Rscript} is on the PATH and can load {@code rPackage} (from its library or R_LIBS). */
    public static boolean hasPackage(String rPackage) {
        try {
            Process p = new ProcessBuilder("Rscript", "-e",
                    "quit(status = if (requireNamespace('" + rPackage + "', quietly = TRUE)) 0 else 1)")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs {@code Rscript script} and returns its output.
     *
     * @throws IllegalStateException with R's output when R exits with an error or takes longer than 10 minutes
     */
    public static String run(Path script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("Rscript", script.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("Rscript " + script + " did not finish in 10 minutes");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Rscript " + script + " failed (exit " + p.exitValue() + "):\n" + output);
        }
        return output;
    }

    /** The rows of a tab-separated file R wrote ({@code write.table(sep = "\t", quote = FALSE)}), header dropped. */
    public static List<String[]> table(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1)).toList();
    }
}
