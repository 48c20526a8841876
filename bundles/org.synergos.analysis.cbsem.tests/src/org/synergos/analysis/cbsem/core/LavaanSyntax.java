package org.synergos.analysis.cbsem.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test support: lavaan model syntax as the core's {@link ModelSpecification}, statement by statement and
 * without any interpretation, so that the core's {@link Sem#specify} applies the defaults itself. Covers
 * what the differential corpus uses: {@code =~ ~ ~~ ~1 := == < >}, several right-hand terms joined by
 * {@code +}, and the modifiers {@code label*}, {@code number*}, {@code NA*}, {@code start(x)*}.
 *
 * <p>Unlike {@code org.synergos.model.lavaan.LavaanReader}, which reads into the Synergos model (and so
 * refuses what the model cannot draw, e.g. cross-loadings or intercepts), this goes to the core directly.
 * Operators the core does not know are handed to {@link Operator#ofSymbol}, which refuses them.
 */
public final class LavaanSyntax {

    /** Longest operators first, so that {@code =~} is not read as {@code ==}. */
    private static final Pattern OPERATOR = Pattern.compile("=~|~~|:=|==|<|>|~");
    private static final Pattern START = Pattern.compile("start\\((.+)\\)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private LavaanSyntax() {
    }

    public static ModelSpecification parse(String syntax) {
        ModelSpecification.Builder builder = ModelSpecification.builder();
        int lineNumber = 0;
        for (String line : syntax.split("\n", -1)) {
            lineNumber++;
            int hash = line.indexOf('#');
            String code = hash >= 0 ? line.substring(0, hash) : line;
            for (String statement : code.split(";")) {
                if (!statement.isBlank()) {
                    add(builder, statement.trim(), lineNumber);
                }
            }
        }
        return builder.build();
    }

    private static void add(ModelSpecification.Builder builder, String statement, int line) {
        Matcher m = OPERATOR.matcher(statement);
        if (!m.find()) {
            throw new IllegalArgumentException("line " + line + ": no operator in '" + statement + "'");
        }
        String lhs = statement.substring(0, m.start()).trim();
        String symbol = m.group();
        String rhs = statement.substring(m.end()).trim();
        if (symbol.equals(":=") || symbol.equals("==") || symbol.equals("<") || symbol.equals(">")) {
            builder.add(new Statement(lhs, Operator.ofSymbol(symbol), rhs, Modifier.NONE));
            return;
        }
        Operator op = Operator.ofSymbol(symbol);
        for (String term : rhs.split("\\+")) {
            List<String> parts = new ArrayList<>(List.of(term.trim().split("\\*")));
            String name = parts.remove(parts.size() - 1).trim();
            Modifier modifier = modifier(parts, statement, line);
            if (op == Operator.REGRESSION && NUMBER.matcher(name).matches()) {
                if (Double.parseDouble(name) != 1.0) {
                    throw new IllegalArgumentException("line " + line + ": '" + term.trim() + "' is not an intercept");
                }
                builder.intercept(lhs, modifier);
            } else {
                builder.add(new Statement(lhs, op, name, modifier));
            }
        }
    }

    private static Modifier modifier(List<String> parts, String statement, int line) {
        String label = "";
        double fixed = Double.NaN;
        double start = Double.NaN;
        boolean free = false;
        for (String raw : parts) {
            String part = raw.trim();
            Matcher s = START.matcher(part);
            if (part.equals("NA")) {
                free = true;
            } else if (NUMBER.matcher(part).matches()) {
                fixed = Double.parseDouble(part);
            } else if (s.matches()) {
                start = Double.parseDouble(s.group(1).trim());
                free = true;
            } else if (part.matches("[A-Za-z.][A-Za-z0-9._]*")) {
                label = part;
            } else {
                throw new IllegalArgumentException("line " + line + ": modifier '" + part + "' in '" + statement
                        + "' is not supported by this test reader");
            }
        }
        return new Modifier(label, fixed, start, free);
    }
}
