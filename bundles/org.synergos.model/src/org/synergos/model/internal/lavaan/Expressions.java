package org.synergos.model.internal.lavaan;

import java.util.List;

import org.synergos.model.internal.lavaan.Token.Kind;

/**
 * Canonical text of := / == / &lt; / &gt; expressions ({@code a*b}, {@code b1 + b2}), so that an
 * expression read, written and read again is unchanged.
 */
public final class Expressions {

    private Expressions() {
    }

    public static String normalise(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0 && spaceBefore(tokens, i)) {
                text.append(' ');
            }
            text.append(token.is(Kind.STRING) ? '"' + token.text() + '"' : token.text());
            if (token.is(Kind.COMMA)) {
                text.append(' ');
            }
        }
        return text.toString().strip();
    }

    private static boolean spaceBefore(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Token previous = tokens.get(i - 1);
        if (token.is(Kind.PLUS) || token.is(Kind.OPERATOR)) {
            return true;
        }
        if (token.is(Kind.MINUS)) {
            return isBinaryMinus(tokens, i);
        }
        if (previous.is(Kind.PLUS) || previous.is(Kind.OPERATOR)) {
            return true;
        }
        return previous.is(Kind.MINUS) && isBinaryMinus(tokens, i - 1);
    }

    private static boolean isBinaryMinus(List<Token> tokens, int i) {
        return i > 0 && !isOpening(tokens.get(i - 1));
    }

    private static boolean isOpening(Token token) {
        return token.is(Kind.LPAREN) || token.is(Kind.COMMA) || token.is(Kind.OPERATOR) || token.is(Kind.PLUS)
                || token.is(Kind.STAR) || token.is(Kind.SLASH) || token.is(Kind.CARET);
    }
}
