package org.synergos.model.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A model file could not be loaded. The message names the file, the line and column of the first
 * problem and what is wrong; {@link #problems()} lists all problems found.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<LoadProblem> problems;

    public ModelLoadException(Path file, List<LoadProblem> problems, Throwable cause) {
        super(format(file, problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem expected");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    /** All problems, first one first. */
    public List<LoadProblem> problems() {
        return problems;
    }

    /** Line of the first problem (1-based), 0 when unknown. */
    public int line() {
        return problems.get(0).line();
    }

    /** Column of the first problem (1-based), 0 when unknown. */
    public int column() {
        return problems.get(0).column();
    }

    private static String format(Path file, List<LoadProblem> problems) {
        if (problems.isEmpty()) {
            return "cannot load " + file;
        }
        LoadProblem first = problems.get(0);
        StringBuilder text = new StringBuilder("cannot load ").append(file);
        if (first.line() > 0) {
            text.append(" at line ").append(first.line()).append(", column ").append(first.column());
        }
        text.append(": ").append(first.message());
        if (problems.size() > 1) {
            text.append(" (and ").append(problems.size() - 1).append(" more problem")
                    .append(problems.size() > 2 ? "s" : "").append(')');
        }
        return text.toString();
    }
}
