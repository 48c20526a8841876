package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.study.ConfiguredRun;

/**
 * A result table with its APA number ("Table 3"): tables are numbered through the whole report in the order
 * the report shows them (analyses in model order, each analysis's tables in result order), the same in
 * the Word document and the workbook.
 */
record NumberedTable(int number, ConfiguredRun run, ResultTable table) {

    static List<NumberedTable> of(List<ConfiguredRun> runs) {
        List<NumberedTable> tables = new ArrayList<>();
        for (ConfiguredRun run : runs) {
            for (ResultTable table : run.result().tables()) {
                tables.add(new NumberedTable(tables.size() + 1, run, table));
            }
        }
        return tables;
    }

    String caption() {
        return "Table " + number;
    }

    /** A column header as every report format prints it: label, and the unit in parentheses. */
    static String header(ResultColumn column) {
        return column.unit().isEmpty() ? column.label() : column.label() + " (" + column.unit() + ")";
    }
}
