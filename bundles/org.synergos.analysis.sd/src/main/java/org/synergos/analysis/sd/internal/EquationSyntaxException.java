package org.synergos.analysis.sd.internal;

/** A syntax error in an equation text, at a 1-based column. */
public final class EquationSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;

    public EquationSyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
