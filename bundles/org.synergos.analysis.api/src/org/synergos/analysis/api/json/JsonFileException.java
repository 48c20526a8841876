package org.synergos.analysis.api.json;

import java.nio.file.Path;

/** A JSON file that cannot be read, located by file and line (0 when no line applies). Since 1.1. */
public final class JsonFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    public JsonFileException(Path file, int line, String problem) {
        super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
