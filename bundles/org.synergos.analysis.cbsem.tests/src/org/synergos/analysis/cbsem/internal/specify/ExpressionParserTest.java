package org.synergos.analysis.cbsem.internal.specify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.cbsem.core.SemException;

/** Parser of defined-parameter expressions: precedence, associativity, derivatives (exact arithmetic). */
class ExpressionParserTest {

    private static final Map<String, Double> V = Map.of("a", 2.0, "b", 3.0, "c", 0.5);

    @Test
    void precedenceAndAssociativity() {
        assertEquals(2 + 3 * 0.5, ExpressionParser.parse("a + b*c").evaluate(V), 1e-15);
        assertEquals((2 + 3) * 0.5, ExpressionParser.parse("(a+b)*c").evaluate(V), 1e-15);
        assertEquals(Math.pow(2, 9), ExpressionParser.parse("a^b^2").evaluate(V), 1e-12);
        assertEquals(-4.0, ExpressionParser.parse("-a^2").evaluate(V), 1e-15);
        assertEquals(2.0 / 3.0 / 0.5, ExpressionParser.parse("a / b / c").evaluate(V), 1e-15);
        assertEquals(1.0 - 2.0, ExpressionParser.parse("1 - a").evaluate(V), 1e-15);
        assertEquals(2e-3 * 2, ExpressionParser.parse("2e-3*a").evaluate(V), 1e-18);
    }

    @Test
    void partialDerivativesMatchFiniteDifferences() {
        Expression e = ExpressionParser.parse("a*b/(c + a)^2 - b^c");
        for (String label : new String[] {"a", "b", "c"}) {
            double h = 1e-6;
            Map<String, Double> up = new java.util.HashMap<>(V);
            Map<String, Double> dn = new java.util.HashMap<>(V);
            up.put(label, V.get(label) + h);
            dn.put(label, V.get(label) - h);
            double fd = (e.evaluate(up) - e.evaluate(dn)) / (2 * h);
            assertEquals(fd, e.partial(V, label), 1e-8, label);
        }
        Set<String> labels = new TreeSet<>();
        e.collectLabels(labels);
        assertEquals(Set.of("a", "b", "c"), labels);
    }

    @Test
    void syntaxErrorsNameThePosition() {
        SemException e = assertThrows(SemException.class, () -> ExpressionParser.parse("a * (b + c"));
        assertTrue(e.getMessage().contains("missing ')'"), e.getMessage());
        assertThrows(SemException.class, () -> ExpressionParser.parse("a $ b"));
        assertThrows(SemException.class, () -> ExpressionParser.parse("a*b").evaluate(Map.of("a", 1.0)));
    }
}
