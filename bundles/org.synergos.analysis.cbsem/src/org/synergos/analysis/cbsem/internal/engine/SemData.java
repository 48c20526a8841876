package org.synergos.analysis.cbsem.internal.engine;

import java.util.List;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.cbsem.core.DataSet;
import org.synergos.data.DataColumn;
import org.synergos.data.Dataset;

/** The model's indicator columns of a data set as the CB-SEM core's input (NaN = missing). */
final class SemData {

    private SemData() {
    }

    static DataSet of(Dataset data, List<String> columns) throws AnalysisException {
        double[][] rows = new double[data.rowCount()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            DataColumn column = data.column(columns.get(c));
            if (!column.isNumeric()) {
                DataColumn.NonNumericCell bad = column.firstNonNumeric().orElseThrow();
                throw new AnalysisException(data.describe() + ":" + bad.line() + " (column '" + column.name()
                        + "'): '" + bad.content() + "' is not a number");
            }
            for (int r = 0; r < rows.length; r++) {
                rows[r][c] = column.value(r);
            }
        }
        return DataSet.of(columns, rows);
    }
}
