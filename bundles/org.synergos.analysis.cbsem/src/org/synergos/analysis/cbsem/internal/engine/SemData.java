package org.synergos.analysis.cbsem.internal.engine;

import java.util.List;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.cbsem.core.DataSet;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/** The model's indicator columns of a data set as the CB-SEM core's input (NaN = missing). */
final class SemData {

    private SemData() {
    }

    static DataSet of(Dataset data, List<String> columns) throws AnalysisException {
        try {
            return DataSet.of(columns, data.numericRows(columns));
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage());
        }
    }
}
