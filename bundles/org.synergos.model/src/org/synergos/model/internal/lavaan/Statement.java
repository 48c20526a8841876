package org.synergos.model.internal.lavaan;

import java.util.List;

/**
 * One parsed lavaan statement. Formulas ({@code =~ <~ ~ ~~}) carry left names and right terms;
 * definitions and constraints ({@code := == < >}) carry normalised expression text.
 */
public record Statement(Token operator, List<Token> left, List<Term> right, String leftExpression,
        String rightExpression) {

    public String op() {
        return operator.text();
    }
}
