package org.synergos.analysis.cbsem.internal.specify;

import java.util.Map;
import java.util.Set;

import org.synergos.analysis.cbsem.core.SemException;

/**
 * Recursive-descent parser for defined-parameter expressions: numbers, labels, unary minus,
 * {@code + - * / ^} (right-associative power) and parentheses, with the usual precedence.
 *
 * <pre>
 * expr   := term (('+'|'-') term)*
 * term   := unary (('*'|'/') unary)*
 * unary  := '-' unary | power
 * power  := atom ('^' unary)?
 * atom   := number | label | '(' expr ')'
 * </pre>
 */
public final class ExpressionParser {

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** Parses {@code text}; throws {@link SemException} with the position of a syntax error. */
    public static Expression parse(String text) {
        ExpressionParser p = new ExpressionParser(text);
        Expression e = p.expr();
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return e;
    }

    private Expression expr() {
        Expression left = term();
        while (true) {
            skip();
            if (eat('+')) {
                Expression l = left;
                Expression r = term();
                left = binary(l, r, '+');
            } else if (eat('-')) {
                Expression l = left;
                Expression r = term();
                left = binary(l, r, '-');
            } else {
                return left;
            }
        }
    }

    private Expression term() {
        Expression left = unary();
        while (true) {
            skip();
            if (eat('*')) {
                left = binary(left, unary(), '*');
            } else if (eat('/')) {
                left = binary(left, unary(), '/');
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        skip();
        if (eat('-')) {
            Expression inner = unary();
            return new Expression() {
                public double evaluate(Map<String, Double> v) {
                    return -inner.evaluate(v);
                }

                public double partial(Map<String, Double> v, String label) {
                    return -inner.partial(v, label);
                }

                public void collectLabels(Set<String> out) {
                    inner.collectLabels(out);
                }
            };
        }
        if (eat('+')) {
            return unary();
        }
        return power();
    }

    private Expression power() {
        Expression base = atom();
        skip();
        if (eat('^')) {
            return binary(base, unary(), '^');
        }
        return base;
    }

    private Expression atom() {
        skip();
        if (pos >= text.length()) {
            throw error("unexpected end of expression");
        }
        char c = text.charAt(pos);
        if (eat('(')) {
            Expression e = expr();
            skip();
            if (!eat(')')) {
                throw error("missing ')'");
            }
            return e;
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || text.charAt(pos) == 'e' || text.charAt(pos) == 'E'
                    || ((text.charAt(pos) == '-' || text.charAt(pos) == '+')
                            && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
                pos++;
            }
            double value;
            try {
                value = Double.parseDouble(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("bad number '" + text.substring(start, pos) + "'");
            }
            return new Expression() {
                public double evaluate(Map<String, Double> v) {
                    return value;
                }

                public double partial(Map<String, Double> v, String l) {
                    return 0.0;
                }

                public void collectLabels(Set<String> out) {
                }
            };
        }
        if (Character.isLetter(c) || c == '_' || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '.')) {
                pos++;
            }
            String label = text.substring(start, pos);
            return new Expression() {
                public double evaluate(Map<String, Double> v) {
                    Double x = v.get(label);
                    if (x == null) {
                        throw new SemException("unknown label '" + label + "' in defined parameter '" + text + "'");
                    }
                    return x;
                }

                public double partial(Map<String, Double> v, String l) {
                    return label.equals(l) ? 1.0 : 0.0;
                }

                public void collectLabels(Set<String> out) {
                    out.add(label);
                }
            };
        }
        throw error("unexpected '" + c + "'");
    }

    private static Expression binary(Expression l, Expression r, char op) {
        return new Expression() {
            public double evaluate(Map<String, Double> v) {
                double a = l.evaluate(v);
                double b = r.evaluate(v);
                return switch (op) {
                    case '+' -> a + b;
                    case '-' -> a - b;
                    case '*' -> a * b;
                    case '/' -> a / b;
                    default -> Math.pow(a, b);
                };
            }

            public double partial(Map<String, Double> v, String label) {
                double a = l.evaluate(v);
                double b = r.evaluate(v);
                double da = l.partial(v, label);
                double db = r.partial(v, label);
                return switch (op) {
                    case '+' -> da + db;
                    case '-' -> da - db;
                    case '*' -> da * b + a * db;
                    case '/' -> (da * b - a * db) / (b * b);
                    default -> (db == 0.0 ? 0.0 : Math.pow(a, b) * Math.log(a) * db)
                            + (da == 0.0 ? 0.0 : b * Math.pow(a, b - 1) * da);
                };
            }

            public void collectLabels(Set<String> out) {
                l.collectLabels(out);
                r.collectLabels(out);
            }
        };
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private SemException error(String what) {
        return new SemException("defined parameter '" + text + "': " + what + " at position " + (pos + 1));
    }
}
