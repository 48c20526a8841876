package org.synergos.model.io;

/**
 * One thing wrong with a model file. {@code line}/{@code column} are 1-based, 0 when unknown.
 */
public record LoadProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
    }
}
