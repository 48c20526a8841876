package org.synergos.model.lavaan;

/** lavaan model syntax that cannot be read; the message names line, column and the problem. */
public class LavaanSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public LavaanSyntaxException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the offending text. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending text. */
    public int column() {
        return column;
    }
}
