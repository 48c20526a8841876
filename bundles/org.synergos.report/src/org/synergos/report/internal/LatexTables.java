package org.synergos.report.internal;

import java.util.List;

import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;

/**
 * A result table as a LaTeX {@code table} float with booktabs rules, to {@code \input} into a manuscript.
 * Numbers are the same APA-formatted text as in the HTML report (one formatter, {@link CellText}); notes
 * follow the tabular as a footnote-size paragraph, so only booktabs is needed beyond the LaTeX kernel.
 */
final class LatexTables {

    private static final String PREAMBLE = String.join("\n",
            "% Needs in the preamble: \\usepackage{booktabs}",
            "% Text is UTF-8 and kept as characters (Greek letters, arrows, superscripts, Chinese model names),",
            "% so compile with xelatex or lualatex and fonts that cover them, e.g. with xelatex:",
            "%   \\usepackage{fontspec}\\setmainfont{Noto Serif}",
            "%   \\usepackage{xeCJK}\\setCJKmainfont{Noto Serif CJK SC}",
            "% with lualatex: \\usepackage{luatexja-fontspec} and \\setmainjfont{Noto Serif CJK SC};",
            "% or \\documentclass{ctexart}, which sets up Chinese for either engine.",
            "% Wide tables: wrap the tabular in \\resizebox{\\linewidth}{!}{...} (graphicx) or use a landscape page.",
            "");

    private LatexTables() {
    }

    /**
     * @param label the {@code \label} key without prefix, e.g. {@code pls-sem-structural-model}; made of
     *        file-name characters ({@link FileNames#slug})
     */
    static String render(ResultTable table, String label) {
        StringBuilder tex = new StringBuilder(4096);
        tex.append("% Synergos result table '").append(LatexText.comment(table.id()))
                .append("'; generated, edits are overwritten.\n").append(PREAMBLE);
        tex.append("\\begin{table}[htbp]\n\\centering\n\\caption{").append(LatexText.escape(table.title()))
                .append("}\n\\label{tab:").append(label).append("}\n");
        tex.append("\\begin{tabular}{").append(alignment(table.columns())).append("}\n\\toprule\n");
        List<ResultColumn> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            tex.append(c == 0 ? "" : " & ").append(LatexText.cell(NumberedTable.header(columns.get(c))));
        }
        tex.append(" \\\\\n\\midrule\n");
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                tex.append(c == 0 ? "" : " & ").append(LatexText.cell(CellText.format(columns.get(c), row.get(c))));
            }
            tex.append(" \\\\\n");
        }
        tex.append("\\bottomrule\n\\end{tabular}\n");
        if (!table.notes().isEmpty()) {
            tex.append("\\par\\smallskip\n{\\footnotesize\\raggedright\\textit{Note.}");
            for (String note : table.notes()) {
                tex.append(' ').append(LatexText.escape(note));
            }
            tex.append("\\par}\n");
        }
        return tex.append("\\end{table}\n").toString();
    }

    /** Text columns left, numbers right (a decimal-aligned column would need siunitx or dcolumn). */
    private static String alignment(List<ResultColumn> columns) {
        StringBuilder spec = new StringBuilder();
        for (ResultColumn column : columns) {
            spec.append(column.format() == ColumnFormat.TEXT ? 'l' : 'r');
        }
        return spec.isEmpty() ? "l" : spec.toString();
    }
}
