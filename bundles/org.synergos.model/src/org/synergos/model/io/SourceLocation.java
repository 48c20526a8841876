package org.synergos.model.io;

/** Line and column (1-based) of an element's start tag in the file it was loaded from. */
public record SourceLocation(int line, int column) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
