package org.synergos.model.internal.lavaan;

/** A lexical token of lavaan syntax with its 1-based position. */
public record Token(Kind kind, String text, int line, int column) {

    /** Token kinds; OPERATOR covers the lavaan formula operators. */
    public enum Kind {
        NAME, NUMBER, STRING, OPERATOR, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, COMMA, END
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }

    public boolean isOperator(String operator) {
        return kind == Kind.OPERATOR && text.equals(operator);
    }
}
