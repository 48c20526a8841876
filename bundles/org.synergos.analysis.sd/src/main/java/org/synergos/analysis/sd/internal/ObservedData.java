package org.synergos.analysis.sd.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synergos.data.DataColumn;
import org.synergos.data.Dataset;

/**
 * The observed series of the variables that name an observed column: the data set's time column gives each
 * row's time, which must be a saved time of the run (start + n·dt within 1e-9); empty cells are left out.
 */
public final class ObservedData {

    /** One variable's observations: the saved-time index of each and the observed values. */
    public record Series(Variable variable, String column, int[] steps, double[] values) {
    }

    private ObservedData() {
    }

    public static List<Series> of(CompiledModel model, Dataset data, String timeColumn, double start, double dt,
            int steps, String modelId) throws SdException {
        List<Variable> observed = model.variables().stream().filter(v -> v.observedColumn() != null).toList();
        if (observed.isEmpty()) {
            return List.of();
        }
        if (data == null) {
            throw new SdException(observed.get(0).describe() + " names the observed column '"
                    + observed.get(0).observedColumn() + "', but the analysis has no data source to read it from",
                    observed.get(0).id());
        }
        String where = "data set " + data.describe();
        if (!data.hasColumn(timeColumn)) {
            throw new SdException(where + " has no time column '" + timeColumn + "' (the system dynamics model's"
                    + " timeColumn)", modelId);
        }
        DataColumn time = data.column(timeColumn);
        if (!time.isNumeric()) {
            DataColumn.NonNumericCell bad = time.firstNonNumeric().orElseThrow();
            throw new SdException(where + ", line " + bad.line() + ": time column '" + timeColumn + "' holds text '"
                    + bad.content() + "'", modelId);
        }
        List<Series> result = new ArrayList<>();
        for (Variable v : observed) {
            if (!data.hasColumn(v.observedColumn())) {
                throw new SdException(v.describe() + ": its observed column '" + v.observedColumn() + "' is not in "
                        + where, v.id());
            }
            DataColumn column = data.column(v.observedColumn());
            if (!column.isNumeric()) {
                throw new SdException(v.describe() + ": observed column '" + v.observedColumn() + "' of " + where
                        + " holds text", v.id());
            }
            List<Integer> at = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int row = 0; row < data.rowCount(); row++) {
                if (column.isMissing(row)) {
                    continue;
                }
                String line = where + ", line " + data.sourceLine(row);
                if (time.isMissing(row)) {
                    throw new SdException(line + ": the time ('" + timeColumn + "') is empty", v.id());
                }
                double t = time.value(row);
                long n = Math.round((t - start) / dt);
                if (n < 0 || n > steps || Math.abs(start + n * dt - t) > 1e-9 * Math.max(1, Math.abs(t))) {
                    throw new SdException(String.format(Locale.ROOT, "%s: time %s is not a saved time of the run"
                            + " (start %s, dt %s, %d steps)", line, RunPlan.number(t), RunPlan.number(start),
                            RunPlan.number(dt), steps), v.id());
                }
                at.add((int) n);
                values.add(column.value(row));
            }
            if (at.isEmpty()) {
                throw new SdException(v.describe() + ": observed column '" + v.observedColumn() + "' of " + where
                        + " holds no value", v.id());
            }
            result.add(new Series(v, v.observedColumn(), at.stream().mapToInt(Integer::intValue).toArray(),
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return result;
    }
}
