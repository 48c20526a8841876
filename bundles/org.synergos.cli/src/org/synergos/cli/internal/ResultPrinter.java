package org.synergos.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;

/** Prints a result for the terminal: tables on standard output, messages on standard error. */
final class ResultPrinter {

    private final PrintStream out;
    private final PrintStream err;

    ResultPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void print(AnalysisResult result) {
        for (ResultTable table : result.tables()) {
            out.println(table.title());
            List<String[]> rows = new ArrayList<>();
            rows.add(table.columns().stream().map(ResultPrinter::header)
                    .toArray(String[]::new));
            for (List<Object> row : table.rows()) {
                String[] cells = new String[row.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = CellText.format(table.columns().get(c), row.get(c));
                }
                rows.add(cells);
            }
            TextColumns.print(out, rows);
            table.notes().forEach(note -> out.println("Note. " + note));
            out.println();
        }
        for (Message message : result.messages()) {
            err.println(message);
        }
        if (!result.isCompleted()) {
            err.println("analysis " + result.engineId() + " " + result.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static String header(ResultColumn column) {
        return column.unit().isEmpty() ? column.label() : column.label() + " (" + column.unit() + ")";
    }
}
