package org.synergos.analysis.ahp.internal;

import java.nio.file.Path;

/** A problem in the hierarchy file, located by file and line (0 when no line applies). */
public final class HierarchyException extends Exception {

    private final transient Path file;
    private final int line;

    public HierarchyException(Path file, int line, String problem) {
        super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** "ahp.json:12", as a message's location. */
    public String location() {
        return file.getFileName() + (line > 0 ? ":" + line : "");
    }
}
