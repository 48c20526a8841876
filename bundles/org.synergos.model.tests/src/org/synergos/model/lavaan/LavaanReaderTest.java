package org.synergos.model.lavaan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.model.ConstraintOperator;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.StructuralPath;

class LavaanReaderTest {

    @Test
    void readsModifiersCommentsAndMultiLineStatements() throws Exception {
        Framework model = LavaanReader.read("""
                # a comment line
                f1 =~ NA*x1 + l2*x2 +   ! lavaan also accepts '!' comments
                      0.8*x3 + x1
                f1 =~ l1*x1
                f2 <~ z1 + z2; f3 =~ w1
                f3 ~ a*f1 + -0.5*f2
                   + f4
                f4 =~ v1
                x1 ~~ x2
                ab := a * l2
                a == l2
                l1 < 2
                """);
        Construct f1 = model.getConstructs().get(0);
        assertEquals(List.of("f1", "f2", "f3", "f4"), model.getConstructs().stream().map(Construct::getCode).toList());
        assertEquals(ConstructMode.COMPOSITE, model.getConstructs().get(1).getMode());
        Indicator x1 = f1.getIndicators().get(0);
        assertTrue(x1.isLoadingFree());
        assertEquals("l1", x1.getLoadingLabel(), "repeated terms merge their modifiers");
        assertEquals("l2", f1.getIndicators().get(1).getLoadingLabel());
        assertEquals(0.8, f1.getIndicators().get(2).getLoadingFixedValue());
        assertEquals(3, f1.getIndicators().size());
        StructuralPath a = model.getPaths().get(0);
        assertEquals("a", a.getParameterLabel());
        assertEquals(-0.5, model.getPaths().get(1).getFixedValue());
        assertEquals("f4", model.getPaths().get(2).getSource().getCode());
        assertNull(model.getPaths().get(2).getFixedValue());
        assertEquals("x2", model.getCovariances().get(0).getRight().getCode());
        assertEquals("a*l2", model.getDefinedParameters().get(0).getExpression());
        assertEquals(ConstraintOperator.EQUAL, model.getConstraints().get(0).getOperator());
        assertEquals(ConstraintOperator.LESS_THAN, model.getConstraints().get(1).getOperator());
    }

    @Test
    void latentsOnTheRightOfMeasurementMakeHigherOrderConstructs() throws Exception {
        Framework model = LavaanReader.read("""
                NQP =~ TECH + FACT
                TECH =~ t1 + t2
                FACT =~ f1 + f2
                """);
        Construct nqp = model.getConstructs().get(0);
        assertEquals(List.of("TECH", "FACT"), nqp.getDimensions().stream().map(Construct::getCode).toList());
        assertTrue(nqp.getIndicators().isEmpty());
        assertEquals("NQP =~ TECH + FACT", LavaanWriter.write(model).lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void statementsMayComeInAnyOrderAndUnicodeNamesWork() throws Exception {
        Framework model = LavaanReader.read("y1 ~~ y2\n创新绩效 ~ 新质生产力\n新质生产力 =~ x1\n创新绩效 =~ y1 + y2\n");
        assertEquals("创新绩效", model.getPaths().get(0).getTarget().getCode());
        assertEquals("y1", model.getCovariances().get(0).getLeft().getCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "f =~ x1 + x2\\nf ~ zz ; 2 ; 5 ; unknown variable 'zz'",
        "f =~ x1 + x2\\nx1 ~ f ; 2 ; 1 ; 'x1' is an observed indicator",
        "f =~ x1\\ng =~ x1 ; 2 ; 6 ; indicator 'x1' already measures construct 'f'; cross-loadings are not supported",
        "f =~ x1\\nf ~ 1 ; 2 ; 5 ; intercepts and constants (~ 1) are not supported",
        "f =~ start(0.7)*x1 ; 1 ; 6 ; modifier 'start(...)' is not supported",
        "f =~ x1\\nu | t1 ; 2 ; 3 ; thresholds (|) are not supported",
        "f =~ x1 + ; 1 ; 9 ; '+' at the end of the statement has no term after it",
        "f x1 ; 1 ; 1 ; no lavaan operator",
        "f =~ x1 $ x2 ; 1 ; 9 ; unexpected character '$'",
        "f =~ x1\\n  g <~ y1\\n  g =~ y2 ; 3 ; 3 ; construct 'g' is defined both with '=~' and '<~'",
        "f =~ x1\\nf ~ NA*f ; 2 ; 5 ; NA* is only supported on loadings",
        "f =~ x1 x2 ; 1 ; 9 ; expected '+' between terms, found 'x2'",
        "=~ x1 ; 1 ; 1 ; '=~' has nothing on its left side",
        "f =~ \"a\"*x1 ; 1 ; 6 ; quoted modifiers are not supported",
    })
    void errorsNameLineColumnAndProblem(String syntax, int line, int column, String problem) {
        LavaanSyntaxException e = assertThrows(LavaanSyntaxException.class,
                () -> LavaanReader.read(syntax.replace("\\n", "\n")));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ", column " + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
