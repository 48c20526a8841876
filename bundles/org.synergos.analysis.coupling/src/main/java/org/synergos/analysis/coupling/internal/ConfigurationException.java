package org.synergos.analysis.coupling.internal;

import java.nio.file.Path;

/** A problem in the configuration file or in the data it names, located by file and line (0: no line). */
public final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public ConfigurationException(Path file, int line, String problem) {
        super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
