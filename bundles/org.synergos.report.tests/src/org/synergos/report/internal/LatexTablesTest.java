package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

class LatexTablesTest {

    private static final String HOSTILE = "<script>alert('x')</script> & 100% a_b $x$ \\cmd #1 ^ ~ {y} 新质生产力";

    @Test
    void everyLatexSpecialCharacterIsEscapedAndChineseKept() {
        assertEquals("\\textless{}script\\textgreater{}alert('x')\\textless{}/script\\textgreater{} \\& 100\\% a\\_b "
                + "\\$x\\$ \\textbackslash{}cmd \\#1 \\textasciicircum{} \\textasciitilde{} \\{y\\} 新质生产力",
                LatexText.escape(HOSTILE));
    }

    @Test
    void lineBreaksLigaturesAndRowEndArgumentsCannotChangeTheTable() {
        assertEquals("a b", LatexText.escape("a\nb"), "a line break would end the row");
        assertEquals("-{}-{}-", LatexText.escape("---"), "no dash ligatures");
        assertEquals("{[}0.35, 0.55{]}", LatexText.escape("[0.35, 0.55]"), "'\\\\ [' would be an optional argument");
        assertEquals("{}***", LatexText.cell("***"), "'\\\\*' would be the starred row end");
        assertEquals("x\uFFFDy", LatexText.escape("x\uD800y"), "unpaired surrogate");
        assertEquals("a  b", LatexText.comment("a\r\nb"));
    }

    @Test
    void booktabsTableWithCaptionLabelAlignedColumnsApaNumbersAndNotes() {
        ResultTable table = ResultTable.builder("descriptives", "Descriptives " + HOSTILE)
                .column(ResultColumn.text("variable", "Variable")).column(ResultColumn.decimal("mean", "M", 3))
                .column(ResultColumn.pValue("p", "p")).column(ResultColumn.decimal("share", "Share", 1).withUnit("%"))
                .row(HOSTILE, 4.2715, 0.00001, 36.4).row("[NQ2]", -0.5, 0.042, null).row("*NQ3", null, 1.0, 5.0)
                .note("N = 314; 5% trimmed " + HOSTILE).build();
        String tex = LatexTables.render(table, "descriptives-descriptives");
        List<String> lines = Arrays.asList(tex.split("\n"));
        assertTrue(lines.get(0).startsWith("% Synergos result table 'descriptives'"), lines.get(0));
        assertTrue(tex.contains("% Needs in the preamble: \\usepackage{booktabs}"));
        assertTrue(tex.contains("xelatex or lualatex"), "the comment says how to compile UTF-8 and Chinese");
        String body = String.join("\n", lines.stream().filter(l -> !l.startsWith("%")).toList());
        assertTrue(body.startsWith("\\begin{table}[htbp]\n\\centering\n\\caption{Descriptives \\textless{}script"), body);
        assertTrue(body.contains("\\label{tab:descriptives-descriptives}\n\\begin{tabular}{lrrr}\n\\toprule\n"
                + "Variable & M & p & Share (\\%) \\\\\n\\midrule\n"), body);
        assertTrue(body.contains(" & 4.272 & \\textless{} .001 & 36.4 \\\\\n"), "numbers as CellText formats them");
        assertTrue(body.contains("\n{[}NQ2{]} & -0.500 & .042 &  \\\\\n"), body);
        assertTrue(body.contains("\n{}*NQ3 &  & 1.000 & 5.0 \\\\\n\\bottomrule\n\\end{tabular}\n"), body);
        assertTrue(body.contains("\\par\\smallskip\n{\\footnotesize\\raggedright\\textit{Note.} N = 314; 5\\% trimmed "),
                body);
        assertTrue(body.endsWith("\\end{table}"), body);
        assertFalse(body.contains("<script>"));
        String unescaped = body.replaceAll("\\\\[{}$&#%_]", "");
        assertEquals(count(unescaped, '{'), count(unescaped, '}'), "braces balance once escapes are removed");
        assertFalse(unescaped.matches("(?s).*[^\\\\]?[$#%_^~].*"), "no active special character left");
    }

    private static long count(String text, char ch) {
        return text.chars().filter(c -> c == ch).count();
    }
}
