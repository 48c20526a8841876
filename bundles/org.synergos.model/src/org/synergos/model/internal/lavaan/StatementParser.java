package org.synergos.model.internal.lavaan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.synergos.model.internal.lavaan.Token.Kind;
import org.synergos.model.lavaan.LavaanSyntaxException;

/** Parses the token list of one statement into a {@link Statement}. */
public final class StatementParser {

    private static final Set<String> FORMULAS = Set.of("=~", "<~", "~", "~~");
    private static final Set<String> EXPRESSIONS = Set.of(":=", "==", "<", ">");

    private final List<Token> tokens;
    private int pos;

    private StatementParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Statement parse(List<Token> tokens) throws LavaanSyntaxException {
        return new StatementParser(tokens).statement();
    }

    private Statement statement() throws LavaanSyntaxException {
        int opIndex = operatorIndex();
        Token operator = tokens.get(opIndex);
        String op = operator.text();
        if (op.equals("~*~")) {
            throw error(operator, "scaling factors (~*~) are not supported");
        }
        if (op.equals("|")) {
            throw error(operator, "thresholds (|) are not supported");
        }
        if (op.equals("%")) {
            throw error(operator, "block-level (%) syntax is not supported");
        }
        if (opIndex == 0) {
            throw error(operator, "'" + op + "' has nothing on its left side");
        }
        if (opIndex == tokens.size() - 1) {
            throw error(operator, "'" + op + "' has nothing on its right side");
        }
        List<Token> left = tokens.subList(0, opIndex);
        List<Token> right = tokens.subList(opIndex + 1, tokens.size());
        if (EXPRESSIONS.contains(op)) {
            if (op.equals(":=") && (left.size() != 1 || !left.get(0).is(Kind.NAME))) {
                throw error(left.get(0), "the left side of ':=' must be one parameter name");
            }
            return new Statement(operator, List.of(), List.of(), Expressions.normalise(left),
                    Expressions.normalise(right));
        }
        if (!FORMULAS.contains(op)) {
            throw error(operator, "unknown operator '" + op + "'");
        }
        return new Statement(operator, leftNames(left, op), terms(opIndex + 1), null, null);
    }

    private int operatorIndex() throws LavaanSyntaxException {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is(Kind.LPAREN)) {
                depth++;
            } else if (token.is(Kind.RPAREN)) {
                depth--;
            } else if (token.is(Kind.OPERATOR) && depth == 0) {
                return i;
            }
        }
        throw error(tokens.get(0), "no lavaan operator (=~, <~, ~, ~~, :=, ==, <, >) in this statement");
    }

    /** {@code f1} or {@code y1 + y2} (lavaan allows several left-hand variables). */
    private static List<Token> leftNames(List<Token> left, String op) throws LavaanSyntaxException {
        List<Token> names = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            Token token = left.get(i);
            boolean expectName = i % 2 == 0;
            if (expectName && !token.is(Kind.NAME)) {
                throw error(token, "expected a variable name before '" + op + "', found '" + token.text() + "'");
            }
            if (!expectName && !token.is(Kind.PLUS)) {
                throw error(token, "expected '+' or '" + op + "', found '" + token.text() + "'");
            }
            if (expectName) {
                names.add(token);
            }
        }
        if (left.size() % 2 == 0) {
            throw error(left.get(left.size() - 1), "dangling '+' before '" + op + "'");
        }
        return names;
    }

    private List<Term> terms(int start) throws LavaanSyntaxException {
        pos = start;
        List<Term> terms = new ArrayList<>();
        while (true) {
            terms.add(term());
            if (pos >= tokens.size()) {
                return terms;
            }
            Token separator = tokens.get(pos);
            if (!separator.is(Kind.PLUS)) {
                throw error(separator, "expected '+' between terms, found '" + separator.text() + "'");
            }
            pos++;
            if (pos >= tokens.size()) {
                throw error(separator, "'+' at the end of the statement has no term after it");
            }
        }
    }

    /** modifier '*' modifier '*' ... name */
    private Term term() throws LavaanSyntaxException {
        List<Term.Modifier> modifiers = new ArrayList<>();
        while (true) {
            Token token = next("a variable name");
            if (token.is(Kind.MINUS)) {
                Token number = next("a number after '-'");
                if (!number.is(Kind.NUMBER)) {
                    throw error(number, "expected a number after '-'");
                }
                expectStar(number);
                modifiers.add(Term.Modifier.value(token, -Double.parseDouble(number.text())));
                continue;
            }
            if (token.is(Kind.NUMBER)) {
                if (pos >= tokens.size() || !tokens.get(pos).is(Kind.STAR)) {
                    if (token.text().equals("1") || token.text().equals("0")) {
                        throw error(token, "intercepts and constants (~ 1) are not supported");
                    }
                    throw error(token, "a number must be followed by '*' and a variable name");
                }
                expectStar(token);
                modifiers.add(Term.Modifier.value(token, Double.parseDouble(token.text())));
                continue;
            }
            if (token.is(Kind.NAME)) {
                boolean modifier = pos < tokens.size() && tokens.get(pos).is(Kind.STAR);
                boolean call = pos < tokens.size() && tokens.get(pos).is(Kind.LPAREN);
                if (call) {
                    throw error(token, "modifier '" + token.text() + "(...)' is not supported; use label*, number* or NA*");
                }
                if (!modifier) {
                    return new Term(token, List.copyOf(modifiers));
                }
                expectStar(token);
                modifiers.add(token.text().equals("NA") ? Term.Modifier.free(token) : Term.Modifier.label(token));
                continue;
            }
            if (token.is(Kind.STRING)) {
                throw error(token, "quoted modifiers are not supported; write the label without quotes");
            }
            throw error(token, "expected a variable name, found '" + token.text() + "'");
        }
    }

    private void expectStar(Token after) throws LavaanSyntaxException {
        if (pos >= tokens.size() || !tokens.get(pos).is(Kind.STAR)) {
            throw error(after, "expected '*' after '" + after.text() + "'");
        }
        pos++;
    }

    private Token next(String expected) throws LavaanSyntaxException {
        if (pos >= tokens.size()) {
            Token last = tokens.get(tokens.size() - 1);
            throw error(last, "statement ends where " + expected + " was expected");
        }
        return tokens.get(pos++);
    }

    static LavaanSyntaxException error(Token at, String problem) {
        return new LavaanSyntaxException(at.line(), at.column(), problem);
    }
}
