package org.synergos.report.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

/**
 * A result table as CSV with full-precision numbers. Text cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) are prefixed with an apostrophe (OWASP CSV
 * injection advice), so opening a report never executes model strings.
 */
final class CsvTables {

    private CsvTables() {
    }

    static String render(ResultTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            for (ResultColumn column : table.columns()) {
                header.add(neutralise(NumberedTable.header(column)));
            }
            printer.printRecord(header);
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(cell == null ? "" : cell instanceof Number ? cell.toString() : neutralise(cell.toString()));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralise(String text) {
        return FormulaText.isFormulaLike(text) ? "'" + text : text;
    }
}
