package org.synergos.analysis.sd.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synergos.analysis.sd.internal.Expr.Op;

/**
 * Recursive-descent parser of the equation language (see the bundle README):
 *
 * <pre>
 * expr     := or
 * or       := and ("OR" and)*
 * and      := not ("AND" not)*
 * not      := "NOT" not | compare
 * compare  := sum (("=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") sum)?
 * sum      := product (("+" | "-") product)*
 * product  := unary (("*" | "/") unary)*
 * unary    := ("-" | "+") unary | power
 * power    := primary ("^" unary)?              right-associative: 2^3^2 = 2^9, -2^2 = -(2^2)
 * primary  := number | name | name "(" args ")" | "(" expr ")" | "TIME" | "DT"
 *           | "IF" "THEN" "ELSE" "(" expr "," expr "," expr ")"     (Vensim)
 *           | "IF" "(" expr "," expr "," expr ")"
 *           | "IF" expr "THEN" expr "ELSE" expr
 * name     := letter (letter | digit | "_")*  |  '"' any character but '"' '"'
 * </pre>
 *
 * Keywords and function names are case-insensitive; names of model elements are matched as written.
 */
public final class EquationParser {

    private enum Kind {
        NUMBER, NAME, QUOTED, OP, LPAREN, RPAREN, COMMA, END
    }

    private record Token(Kind kind, String text, double number, int column) {
    }

    private final String text;
    private final List<Token> tokens;
    private int position;

    private EquationParser(String text) throws EquationSyntaxException {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /** Parses a whole equation; an empty text is an error. */
    public static Expr parse(String text) throws EquationSyntaxException {
        if (text == null || text.isBlank()) {
            throw new EquationSyntaxException("the equation is empty", 1);
        }
        EquationParser parser = new EquationParser(text);
        Expr expr = parser.expression();
        Token rest = parser.peek();
        if (rest.kind != Kind.END) {
            throw new EquationSyntaxException("unexpected " + describe(rest) + " after a complete expression", rest.column);
        }
        return expr;
    }

    private static List<Token> tokenize(String text) throws EquationSyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int mark = i;
                    i++;
                    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                        i++;
                    }
                    if (i < n && Character.isDigit(text.charAt(i))) {
                        while (i < n && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                    } else {
                        throw new EquationSyntaxException("malformed exponent in the number '"
                                + text.substring(start, Math.min(n, i)) + "'", mark + 1);
                    }
                }
                if (i < n && isNameStart(text.charAt(i))) {
                    throw new EquationSyntaxException("a number directly followed by '" + text.charAt(i)
                            + "' (put an operator between them)", i + 1);
                }
                String literal = text.substring(start, i);
                tokens.add(new Token(Kind.NUMBER, literal, Double.parseDouble(literal), column));
            } else if (isNameStart(c)) {
                int start = i;
                while (i < n && isNamePart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, text.substring(start, i), 0, column));
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new EquationSyntaxException("unterminated quoted name", column);
                }
                if (end == i + 1) {
                    throw new EquationSyntaxException("empty quoted name", column);
                }
                tokens.add(new Token(Kind.QUOTED, text.substring(i + 1, end), 0, column));
                i = end + 1;
            } else if (c == '(') {
                tokens.add(new Token(Kind.LPAREN, "(", 0, column));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.RPAREN, ")", 0, column));
                i++;
            } else if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ",", 0, column));
                i++;
            } else if (c == '<' || c == '>') {
                String op = String.valueOf(c);
                if (i + 1 < n && (text.charAt(i + 1) == '=' || (c == '<' && text.charAt(i + 1) == '>'))) {
                    op += text.charAt(i + 1);
                }
                tokens.add(new Token(Kind.OP, op, 0, column));
                i += op.length();
            } else if ("+-*/^=".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.OP, String.valueOf(c), 0, column));
                i++;
            } else if (c == '\u2212') {
                tokens.add(new Token(Kind.OP, "-", 0, column));
                i++;
            } else {
                throw new EquationSyntaxException("unexpected character '" + c + "'", column);
            }
        }
        tokens.add(new Token(Kind.END, "", 0, n + 1));
        return tokens;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(position++);
    }

    private boolean isKeyword(Token token, String keyword) {
        return token.kind == Kind.NAME && token.text.equalsIgnoreCase(keyword);
    }

    private boolean isOp(Token token, String op) {
        return token.kind == Kind.OP && token.text.equals(op);
    }

    private static String describe(Token token) {
        return switch (token.kind) {
            case END -> "end of the equation";
            case NUMBER -> "number '" + token.text + "'";
            case NAME -> "name '" + token.text + "'";
            case QUOTED -> "name \"" + token.text + "\"";
            default -> "'" + token.text + "'";
        };
    }

    private Token expect(Kind kind, String what) throws EquationSyntaxException {
        Token token = peek();
        if (token.kind != kind) {
            throw new EquationSyntaxException("expected " + what + " but found " + describe(token), token.column);
        }
        return next();
    }

    private Expr expression() throws EquationSyntaxException {
        return or();
    }

    private Expr or() throws EquationSyntaxException {
        Expr left = and();
        while (isKeyword(peek(), "OR")) {
            Token op = next();
            left = new Expr.Binary(Op.OR, left, and(), op.column);
        }
        return left;
    }

    private Expr and() throws EquationSyntaxException {
        Expr left = not();
        while (isKeyword(peek(), "AND")) {
            Token op = next();
            left = new Expr.Binary(Op.AND, left, not(), op.column);
        }
        return left;
    }

    private Expr not() throws EquationSyntaxException {
        if (isKeyword(peek(), "NOT")) {
            Token op = next();
            return new Expr.Unary(Op.NOT, not(), op.column);
        }
        return compare();
    }

    private Expr compare() throws EquationSyntaxException {
        Expr left = sum();
        Token token = peek();
        if (token.kind == Kind.OP) {
            Op op = switch (token.text) {
                case "=" -> Op.EQ;
                case "<>" -> Op.NE;
                case "<" -> Op.LT;
                case "<=" -> Op.LE;
                case ">" -> Op.GT;
                case ">=" -> Op.GE;
                default -> null;
            };
            if (op != null) {
                next();
                Expr right = sum();
                Token after = peek();
                if (after.kind == Kind.OP && "= <> < <= > >=".contains(after.text)) {
                    throw new EquationSyntaxException("comparisons do not chain; combine them with AND", after.column);
                }
                return new Expr.Binary(op, left, right, token.column);
            }
        }
        return left;
    }

    private Expr sum() throws EquationSyntaxException {
        Expr left = product();
        while (isOp(peek(), "+") || isOp(peek(), "-")) {
            Token op = next();
            left = new Expr.Binary(op.text.equals("+") ? Op.ADD : Op.SUBTRACT, left, product(), op.column);
        }
        return left;
    }

    private Expr product() throws EquationSyntaxException {
        Expr left = unary();
        while (isOp(peek(), "*") || isOp(peek(), "/")) {
            Token op = next();
            left = new Expr.Binary(op.text.equals("*") ? Op.MULTIPLY : Op.DIVIDE, left, unary(), op.column);
        }
        return left;
    }

    private Expr unary() throws EquationSyntaxException {
        if (isOp(peek(), "-")) {
            Token op = next();
            return new Expr.Unary(Op.NEGATE, unary(), op.column);
        }
        if (isOp(peek(), "+")) {
            next();
            return unary();
        }
        return power();
    }

    private Expr power() throws EquationSyntaxException {
        Expr base = primary();
        if (isOp(peek(), "^")) {
            Token op = next();
            return new Expr.Binary(Op.POWER, base, unary(), op.column);
        }
        return base;
    }

    private Expr primary() throws EquationSyntaxException {
        Token token = peek();
        switch (token.kind) {
            case NUMBER:
                next();
                return new Expr.Num(token.number, token.column);
            case LPAREN: {
                next();
                Expr inner = expression();
                expect(Kind.RPAREN, "')' closing the '(' at column " + token.column);
                return inner;
            }
            case QUOTED:
                next();
                return new Expr.Name(token.text, token.column);
            case NAME:
                return nameOrCall();
            default:
                throw new EquationSyntaxException("expected a number, a name, a function or '(' but found "
                        + describe(token), token.column);
        }
    }

    private Expr nameOrCall() throws EquationSyntaxException {
        Token token = next();
        String upper = token.text.toUpperCase(Locale.ROOT);
        if (upper.equals("IF")) {
            return ifExpression(token);
        }
        if (upper.equals("THEN") || upper.equals("ELSE") || upper.equals("AND") || upper.equals("OR")
                || upper.equals("NOT")) {
            throw new EquationSyntaxException("unexpected keyword " + upper, token.column);
        }
        if (peek().kind == Kind.LPAREN) {
            next();
            List<Expr> arguments = new ArrayList<>();
            if (peek().kind != Kind.RPAREN) {
                arguments.add(expression());
                while (peek().kind == Kind.COMMA) {
                    next();
                    arguments.add(expression());
                }
            }
            expect(Kind.RPAREN, "',' or ')' in the arguments of " + token.text);
            String function = Functions.isBuiltIn(upper) ? upper : token.text;
            return new Expr.Call(function, List.copyOf(arguments), token.column);
        }
        if (upper.equals("TIME")) {
            return new Expr.Clock(false, token.column);
        }
        if (upper.equals("DT") || upper.equals("TIME_STEP")) {
            return new Expr.Clock(true, token.column);
        }
        return new Expr.Name(token.text, token.column);
    }

    private Expr ifExpression(Token ifToken) throws EquationSyntaxException {
        if (isKeyword(peek(), "THEN") && isKeyword(peek(1), "ELSE") && peek(2).kind == Kind.LPAREN) {
            next();
            next();
            return ifArguments(ifToken, "IF THEN ELSE");
        }
        if (peek().kind == Kind.LPAREN) {
            return ifArguments(ifToken, "IF");
        }
        Expr condition = expression();
        Token then = peek();
        if (!isKeyword(then, "THEN")) {
            throw new EquationSyntaxException("expected THEN after the condition of IF but found " + describe(then),
                    then.column);
        }
        next();
        Expr yes = expression();
        Token otherwise = peek();
        if (!isKeyword(otherwise, "ELSE")) {
            throw new EquationSyntaxException("expected ELSE in IF … THEN … ELSE but found " + describe(otherwise),
                    otherwise.column);
        }
        next();
        return new Expr.If(condition, yes, expression(), ifToken.column);
    }

    private Expr ifArguments(Token ifToken, String form) throws EquationSyntaxException {
        expect(Kind.LPAREN, "'(' after " + form);
        Expr condition = expression();
        expect(Kind.COMMA, "',' after the condition of " + form);
        Expr yes = expression();
        expect(Kind.COMMA, "',' after the second argument of " + form);
        Expr no = expression();
        expect(Kind.RPAREN, "')' closing " + form + " (it takes 3 arguments)");
        return new Expr.If(condition, yes, no, ifToken.column);
    }

    @Override
    public String toString() {
        return text;
    }
}
