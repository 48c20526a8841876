package org.synergos.analysis.dea.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.data.DataColumn;
import org.synergos.data.Dataset;

/**
 * The decision-making units of a data set: one row per DMU (per period, for a panel), an id column, input
 * columns and output columns named by the engine's parameters. Every input and output must be a positive
 * number; each problem is refused naming the file, the line, the column and the DMU.
 */
public final class Units {

    /** Parameter keys, shared by both engines (the messages name them). */
    public static final String DMU = "dmu";
    public static final String INPUTS = "inputs";
    public static final String OUTPUTS = "outputs";
    public static final String PERIOD = "period";

    /** One DMU (in one period): its id, period (null without a period column), source line and data. */
    public record Unit(String id, String period, long line, double[] x, double[] y) {

        /** "DMU 'A'" or "DMU 'A' in period 2019", for messages. */
        public String describe() {
            return "DMU '" + id + "'" + (period == null ? "" : " in period " + period);
        }
    }

    /** The columns chosen, in the order the parameters list them. */
    public record Columns(String dmu, List<String> inputs, List<String> outputs, String period) {
    }

    private Units() {
    }

    /** Comma-separated column names of a parameter, trimmed; empty entries are refused. */
    public static List<String> list(String parameter, String value) throws AnalysisException {
        List<String> names = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return names;
        }
        for (String part : value.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw new AnalysisException("parameter '" + parameter + "' has an empty column name in '" + value + "'");
            }
            names.add(name);
        }
        return names;
    }

    /** Checks the chosen columns against the data set: they must exist and be used once each. */
    public static Columns columns(Dataset data, String dmu, String inputs, String outputs, String period)
            throws AnalysisException {
        if (dmu == null || dmu.isBlank()) {
            throw new AnalysisException("parameter '" + DMU + "' must name the column of DMU ids in " + data.describe()
                    + " (columns: " + String.join(", ", data.columnNames()) + ")");
        }
        List<String> in = list(INPUTS, inputs);
        List<String> out = list(OUTPUTS, outputs);
        if (in.isEmpty()) {
            throw new AnalysisException("parameter '" + INPUTS + "' names no input column; give comma-separated columns of "
                    + data.describe() + " (columns: " + String.join(", ", data.columnNames()) + ")");
        }
        if (out.isEmpty()) {
            throw new AnalysisException("parameter '" + OUTPUTS + "' names no output column; give comma-separated columns of "
                    + data.describe() + " (columns: " + String.join(", ", data.columnNames()) + ")");
        }
        String periodColumn = period == null || period.isBlank() ? null : period.trim();
        Map<String, String> used = new LinkedHashMap<>();
        used.put(dmu.trim(), DMU);
        if (periodColumn != null) {
            claim(used, periodColumn, PERIOD);
        }
        for (String name : in) {
            claim(used, name, INPUTS);
        }
        for (String name : out) {
            claim(used, name, OUTPUTS);
        }
        for (Map.Entry<String, String> column : used.entrySet()) {
            if (!data.hasColumn(column.getKey())) {
                throw new AnalysisException(data.describe() + " has no column '" + column.getKey() + "' (parameter '"
                        + column.getValue() + "'; columns: " + String.join(", ", data.columnNames()) + ")");
            }
        }
        return new Columns(dmu.trim(), List.copyOf(in), List.copyOf(out), periodColumn);
    }

    private static void claim(Map<String, String> used, String column, String parameter) throws AnalysisException {
        String previous = used.putIfAbsent(column, parameter);
        if (previous != null) {
            throw new AnalysisException("column '" + column + "' is named twice (parameter '" + previous + "' and parameter '"
                    + parameter + "'); a column is the DMU id, the period, an input or an output, once");
        }
    }

    /** Every row as a DMU; duplicate ids (within a period) and bad cells are refused. */
    public static List<Unit> read(Dataset data, Columns columns) throws AnalysisException {
        DataColumn ids = data.column(columns.dmu());
        DataColumn periods = columns.period() == null ? null : data.column(columns.period());
        List<Unit> units = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (int row = 0; row < data.rowCount(); row++) {
            long line = data.sourceLine(row);
            String where = data.describe() + ":" + line;
            String id = ids.text(row);
            if (id == null || id.isBlank()) {
                throw new AnalysisException(where + ": the DMU id (column '" + columns.dmu() + "') is missing");
            }
            id = id.trim();
            String period = null;
            if (periods != null) {
                period = periods.text(row);
                if (period == null || period.isBlank()) {
                    throw new AnalysisException(where + ": the period (column '" + columns.period() + "') of DMU '" + id
                            + "' is missing");
                }
                period = period.trim();
            }
            Long previous = seen.putIfAbsent(period + "\u0000" + id, line);
            if (previous != null) {
                throw new AnalysisException(where + ": DMU '" + id + "' appears twice" + (period == null ? "" : " in period " + period)
                        + " (also on line " + previous + "); each DMU must have one row" + (period == null ? "" : " per period"));
            }
            Unit draft = new Unit(id, period, line, null, null);
            units.add(new Unit(id, period, line, values(data, row, columns.inputs(), "input", draft, where),
                    values(data, row, columns.outputs(), "output", draft, where)));
        }
        return units;
    }

    private static double[] values(Dataset data, int row, List<String> names, String kind, Unit unit, String where)
            throws AnalysisException {
        double[] values = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            DataColumn column = data.column(names.get(i));
            String text = column.text(row);
            double value = column.value(row);
            String cell = where + ": " + kind + " '" + column.name() + "' of " + unit.describe();
            if (text == null) {
                throw new AnalysisException(cell + " is missing; DEA needs every input and output of every DMU");
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new AnalysisException(cell + " is '" + text + "', not a number");
            }
            if (value <= 0) {
                throw new AnalysisException(cell + " is " + text + "; inputs and outputs must be positive (DEA's ratios"
                        + " and the Malmquist index's distance functions are defined for positive data)");
            }
            values[i] = value;
        }
        return values;
    }

    /** The periods of a panel in order: numerically when every label is a number, else as text. */
    public static List<String> periods(List<Unit> units) {
        Set<String> labels = new HashSet<>();
        for (Unit unit : units) {
            labels.add(unit.period());
        }
        List<String> sorted = new ArrayList<>(labels);
        boolean numeric = sorted.stream().allMatch(Units::isNumber);
        if (numeric) {
            sorted.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        } else {
            sorted.sort(String::compareTo);
        }
        return sorted;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Column means over all units: the fixed scales of the programmes. */
    public static double[][] scales(List<Unit> units) {
        int m = units.get(0).x().length;
        int s = units.get(0).y().length;
        double[] xs = new double[m];
        double[] ys = new double[s];
        for (Unit unit : units) {
            for (int i = 0; i < m; i++) {
                xs[i] += unit.x()[i] / units.size();
            }
            for (int r = 0; r < s; r++) {
                ys[r] += unit.y()[r] / units.size();
            }
        }
        return new double[][] { xs, ys };
    }
}
