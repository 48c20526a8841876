package org.synergos.data;

import java.nio.file.Path;

/** A data file that cannot be read, with the file, line and column concerned. */
public final class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final long line;
    private final String column;

    public DataFormatException(Path file, long line, String column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public DataFormatException(Path file, String problem, Throwable cause) {
        super(format(file, 0, null, problem), cause);
        this.file = file;
        this.line = 0;
        this.column = null;
    }

    private static String format(Path file, long line, String column, String problem) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
        }
        if (column != null) {
            text.append(" (column '").append(column).append("')");
        }
        return text.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line, 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** The column concerned, or {@code null}. */
    public String column() {
        return column;
    }
}
