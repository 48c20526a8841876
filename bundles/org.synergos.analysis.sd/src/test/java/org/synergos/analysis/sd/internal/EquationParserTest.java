package org.synergos.analysis.sd.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser's tree shapes and its errors with their columns. */
class EquationParserTest {

    @Test
    void precedenceAndAssociativity() throws Exception {
        Expr.Binary sum = assertInstanceOf(Expr.Binary.class, EquationParser.parse("a + b * c"));
        assertEquals(Expr.Op.ADD, sum.op());
        assertEquals(Expr.Op.MULTIPLY, assertInstanceOf(Expr.Binary.class, sum.right()).op());
        Expr.Unary negation = assertInstanceOf(Expr.Unary.class, EquationParser.parse("-a ^ 2"));
        assertEquals(Expr.Op.POWER, assertInstanceOf(Expr.Binary.class, negation.operand()).op());
        Expr.Binary power = assertInstanceOf(Expr.Binary.class, EquationParser.parse("a ^ b ^ c"));
        assertInstanceOf(Expr.Name.class, power.left());
        assertEquals(Expr.Op.POWER, assertInstanceOf(Expr.Binary.class, power.right()).op());
        Expr.Binary difference = assertInstanceOf(Expr.Binary.class, EquationParser.parse("a - b - c"));
        assertEquals(Expr.Op.SUBTRACT, assertInstanceOf(Expr.Binary.class, difference.left()).op(), "left-associative");
        assertInstanceOf(Expr.If.class, EquationParser.parse("if then else(a > 1, 2, 3)"));
        assertInstanceOf(Expr.Clock.class, EquationParser.parse("Time"));
        Expr.Call call = assertInstanceOf(Expr.Call.class, EquationParser.parse("min(a, b)"));
        assertEquals("MIN", call.function());
        assertEquals("effect", assertInstanceOf(Expr.Call.class, EquationParser.parse("effect(x)")).function());
        assertEquals(5, assertInstanceOf(Expr.Name.class, right(EquationParser.parse("1 + \"a b\"")).right()).column());
    }

    private static Expr.Binary right(Expr e) {
        return (Expr.Binary) e;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "a + | 4 | expected a number, a name, a function or '(' but found end of the equation",
            "(a | 3 | expected ')' closing the '(' at column 1 but found end of the equation",
            "a b | 3 | unexpected name 'b' after a complete expression",
            "2x | 2 | a number directly followed by 'x' (put an operator between them)",
            "a # b | 3 | unexpected character '#'",
            "1 < a < 2 | 7 | comparisons do not chain; combine them with AND",
            "IF a THEN b | 12 | expected ELSE in IF … THEN … ELSE but found end of the equation",
            "IF(a, b) | 8 | expected ',' after the second argument of IF but found ')'",
            "MAX(a,) | 7 | expected a number, a name, a function or '(' but found ')'",
            "\"open | 1 | unterminated quoted name" })
    void errorsNameTheColumn(String text, int column, String message) {
        EquationSyntaxException e = assertThrows(EquationSyntaxException.class, () -> EquationParser.parse(text));
        assertEquals(message, e.getMessage());
        assertEquals(column, e.column());
    }
}
