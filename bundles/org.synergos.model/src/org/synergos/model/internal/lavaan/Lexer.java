package org.synergos.model.internal.lavaan;

import java.util.ArrayList;
import java.util.List;

import org.synergos.model.internal.lavaan.Token.Kind;
import org.synergos.model.lavaan.LavaanSyntaxException;

/**
 * Splits lavaan model syntax into statements of tokens. Comments ({@code #} or {@code !} to the end
 * of the line) are dropped; a statement ends at a newline or {@code ;} unless the line ends with, or
 * the next line starts with, an operator, {@code +} or {@code *} (lavaan's multi-line formulas).
 */
public final class Lexer {

    /** Longest first, so that "=~" is not read as "=" and "~". */
    private static final String[] OPERATORS = {"~*~", "=~", "<~", "~~", ":=", "==", "~", "<", ">", "|", "%"};

    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;

    private Lexer(String text) {
        this.text = text;
    }

    /** The statements of {@code syntax}, each a non-empty token list. */
    public static List<List<Token>> statements(String syntax) throws LavaanSyntaxException {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        List<Token> tokens = new Lexer(syntax).tokenize();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is(Kind.END)) {
                boolean continues = !current.isEmpty() && (joinsNext(current.get(current.size() - 1))
                        || (i + 1 < tokens.size() && joinsPrevious(tokens.get(i + 1))));
                if (!continues && !current.isEmpty()) {
                    statements.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current);
        }
        return statements;
    }

    private static boolean joinsNext(Token last) {
        return last.is(Kind.OPERATOR) || last.is(Kind.PLUS) || last.is(Kind.STAR) || last.is(Kind.MINUS)
                || last.is(Kind.COMMA) || last.is(Kind.LPAREN);
    }

    private static boolean joinsPrevious(Token next) {
        return next.is(Kind.OPERATOR) || next.is(Kind.PLUS) || next.is(Kind.STAR);
    }

    /** Tokens with END markers for newlines and semicolons. */
    private List<Token> tokenize() throws LavaanSyntaxException {
        List<Token> tokens = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int startLine = line;
            int startColumn = column;
            if (c == '\n' || c == ';') {
                tokens.add(new Token(Kind.END, String.valueOf(c), startLine, startColumn));
                advance(1);
            } else if (Character.isWhitespace(c)) {
                advance(1);
            } else if (c == '#' || c == '!') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance(1);
                }
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length()
                    && Character.isDigit(text.charAt(pos + 1)))) {
                tokens.add(new Token(Kind.NUMBER, number(), startLine, startColumn));
            } else if (Character.isLetter(c) || c == '.' || c == '_') {
                tokens.add(new Token(Kind.NAME, name(), startLine, startColumn));
            } else if (c == '"' || c == '\'') {
                tokens.add(new Token(Kind.STRING, string(c), startLine, startColumn));
            } else {
                tokens.add(symbol(startLine, startColumn));
            }
        }
        return tokens;
    }

    private Token symbol(int startLine, int startColumn) throws LavaanSyntaxException {
        for (String operator : OPERATORS) {
            if (text.startsWith(operator, pos)) {
                advance(operator.length());
                return new Token(Kind.OPERATOR, operator, startLine, startColumn);
            }
        }
        char c = text.charAt(pos);
        Kind kind = switch (c) {
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '^' -> Kind.CARET;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case ',' -> Kind.COMMA;
            default -> throw new LavaanSyntaxException(startLine, startColumn, "unexpected character '" + c + "'");
        };
        advance(1);
        return new Token(kind, String.valueOf(c), startLine, startColumn);
    }

    private String number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            advance(1);
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            advance(1);
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                advance(1);
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    advance(1);
                }
            } else {
                column -= pos - mark;
                pos = mark;
            }
        }
        return text.substring(start, pos);
    }

    private String name() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_')) {
                break;
            }
            advance(1);
        }
        return text.substring(start, pos);
    }

    private String string(char quote) throws LavaanSyntaxException {
        int startLine = line;
        int startColumn = column;
        advance(1);
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n') {
            advance(1);
        }
        if (pos >= text.length() || text.charAt(pos) != quote) {
            throw new LavaanSyntaxException(startLine, startColumn, "unterminated string");
        }
        String value = text.substring(start, pos);
        advance(1);
        return value;
    }

    private void advance(int count) {
        for (int i = 0; i < count; i++) {
            if (text.charAt(pos) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            pos++;
        }
    }
}
