package org.synergos.analysis.sd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.model.DelayKind;
import org.synergos.model.Stock;

/** Models the engine refuses, each with a message naming the element (and the equation's column). */
class ModelErrorsTest {

    private static AnalysisException refused(Models m) {
        return refused(m, Map.of());
    }

    private static AnalysisException refused(Models m, Map<String, String> parameters) {
        return assertThrows(AnalysisException.class, () -> m.run(parameters));
    }

    private static Models population() {
        Models m = new Models();
        Stock p = m.stock("Population", "100", "people");
        m.parameter("rate", 0.1, "1/year");
        m.flow("births", "Population * rate", "people/year", null, p);
        return m;
    }

    @Test
    void algebraicLoopNamesEveryElementInIt() {
        Models m = population();
        m.aux("a", "b + 1", null);
        m.aux("b", "c * 2", null);
        m.aux("c", "a / 3 + Population", null);
        AnalysisException e = refused(m);
        assertTrue(e.getMessage().startsWith("algebraic loop"), e.getMessage());
        for (String name : List.of("auxiliary 'a'", "auxiliary 'b'", "auxiliary 'c'")) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertTrue(e.getMessage().contains("auxiliary 'a' uses auxiliary 'b' uses auxiliary 'c' uses auxiliary 'a'"),
                e.getMessage());
    }

    @Test
    void aSelfReferenceIsALoop() {
        Models m = population();
        m.aux("x", "x + 1", null);
        assertTrue(refused(m).getMessage().contains("auxiliary 'x' uses auxiliary 'x'"));
    }

    @Test
    void aLoopThroughAStockOrASmoothIsNoAlgebraicLoop() throws Exception {
        Models m = population();
        m.aux("pressure", "Population / 100 + perceived", "people");
        m.delay("perceived", DelayKind.SMOOTH, "pressure", "2", "people");
        // its initial output defaults to its input, which needs the output: Vensim's SMOOTHI breaks that
        assertTrue(refused(m).getMessage().startsWith("initialization loop"));
        m.sd.getDelays().get(0).setInitialValue("0");
        assertTrue(m.run().isSuccessful());
    }

    @Test
    void initializationLoopNamed() {
        Models m = new Models();
        Stock a = m.stock("A", "b0", "people");
        m.aux("b0", "A * 2", "people");
        m.flow("f", "A / 10", null, null, a);
        AnalysisException e = refused(m);
        assertTrue(e.getMessage().startsWith("initialization loop"), e.getMessage());
        assertTrue(e.getMessage().contains("stock 'A'") && e.getMessage().contains("auxiliary 'b0'"), e.getMessage());
    }

    @Test
    void unitsMismatchOfAFlowNamesTheFlow() {
        Models m = population();
        m.sd.getFlows().get(0).setUnits("people/month");
        AnalysisException e = refused(m);
        assertEquals("births", e.elementId());
        assertTrue(e.getMessage().contains("flow 'births'") && e.getMessage().contains("people/month"), e.getMessage());
    }

    @Test
    void unitsMismatchOfAnEquationNamesTheElement() {
        Models m = population();
        m.aux("per_capita", "births / rate", "people/year");
        AnalysisException e = refused(m);
        assertEquals("per_capita", e.elementId());
        assertEquals("auxiliary 'per_capita': the units of its equation \"births / rate\" are people, but its auxiliary"
                + " units are people/year", e.getMessage());
    }

    @Test
    void addingDifferentUnitsNamesTheColumn() {
        Models m = population();
        m.aux("nonsense", "Population + rate", null);
        AnalysisException e = refused(m);
        assertEquals("auxiliary 'nonsense', equation \"Population + rate\" column 12: the terms of + have different"
                + " units: people and 1/year", e.getMessage());
    }

    @Test
    void unitsCheckCanBeTurnedOff() throws Exception {
        Models m = population();
        m.aux("nonsense", "Population + rate", null);
        assertTrue(m.run(Map.of("check-units", "false")).isSuccessful());
    }

    @Test
    void unknownNameNamesElementAndColumn() {
        Models m = population();
        m.aux("growth", "births * fudge_factor", null);
        AnalysisException e = refused(m);
        assertEquals("growth", e.elementId());
        assertTrue(e.getMessage().startsWith("auxiliary 'growth', equation \"births * fudge_factor\" column 10:"
                + " unknown name 'fudge_factor'"), e.getMessage());
    }

    @Test
    void badSyntaxNamesElementAndColumn() {
        Models m = population();
        m.aux("broken", "(births + 2", null);
        AnalysisException e = refused(m);
        assertEquals("auxiliary 'broken', equation \"(births + 2\" column 12: expected ')' closing the '(' at column 1"
                + " but found end of the equation", e.getMessage());
        Models n = population();
        n.aux("broken", "births * * 2", null);
        assertTrue(refused(n).getMessage().contains("column 10: expected a number, a name, a function or '('"));
        Models o = population();
        o.sd.getStocks().get(0).setInitialValue("1e");
        assertTrue(refused(o).getMessage().startsWith("stock 'Population', initial value \"1e\" column 2: malformed"
                + " exponent"));
    }

    @Test
    void unknownFunctionAndWrongArity() {
        Models m = population();
        m.aux("x", "FOO(births)", null);
        assertTrue(refused(m).getMessage().contains("column 1: unknown function 'FOO'"));
        Models n = population();
        n.aux("x", "STEP(births)", null);
        assertTrue(refused(n).getMessage().contains("STEP takes 2 arguments, not 1"));
    }

    @Test
    void lookupNeedsAscendingXAndIsCalled() {
        Models m = population();
        m.lookup("effect", List.of(0.0, 2.0, 1.0), List.of(1.0, 2.0, 3.0));
        assertTrue(refused(m).getMessage().startsWith("lookup table 'effect': x values must ascend strictly"));
        Models n = population();
        n.lookup("effect", List.of(0.0, 1.0), List.of(1.0, 2.0));
        n.aux("x", "effect + 1", null);
        assertTrue(refused(n).getMessage().contains("lookup table 'effect' is a function"));
    }

    @Test
    void timeSettingsMustBeConsistent() {
        Models m = population();
        m.sd.setTimeStep(0.3);
        assertTrue(refused(m).getMessage().contains("is not a whole number of time steps dt = 0.3"));
    }

    @Test
    void duplicateNamesRefused() {
        Models b = population();
        b.aux("Step", "1", null);
        assertTrue(refused(b).getMessage().contains("auxiliary 'Step' has the name of a built-in function"));
        Models k = population();
        k.parameter("Then", 1, null);
        assertTrue(refused(k).getMessage().contains("parameter 'Then' has the name of a built-in function, a keyword"));
        Models m = population();
        m.aux("rate", "1", null);
        assertTrue(refused(m).getMessage().contains("auxiliary 'rate' has the name of parameter 'rate'"));
    }

    @Test
    void sweepOfAnUnknownParameterRefused() {
        Models m = population();
        assertTrue(refused(m, Map.of("sweep", "births=1:2:1")).getMessage()
                .contains("'births' is not a parameter"));
        assertTrue(refused(m, Map.of("sweep", "rate=1:2")).getMessage().contains("write parameter=from:to:step"));
        assertTrue(refused(m, Map.of("scenarios", "boom")).getMessage().contains("scenario 'boom' is not a scenario"));
    }

    @Test
    void divisionByZeroAtRunTimeNamesElementAndTime() {
        Models m = population();
        m.aux("inverse", "1 / (TIME - 2)", null);
        AnalysisException e = refused(m);
        assertEquals("inverse", e.elementId());
        assertTrue(e.getMessage().startsWith("run 'base': auxiliary 'inverse' is Infinity at time 2.0"), e.getMessage());
    }

    @Test
    void nonPositiveDelayTimeRefusedAtRunTime() {
        Models m = population();
        m.parameter("lag", 0, "year");
        m.delay("late", DelayKind.DELAY1, "births", "lag", "people/year");
        AnalysisException e = refused(m);
        assertTrue(e.getMessage().contains("delay 'late': the delay time is 0.0"), e.getMessage());
    }
}
