package org.synergos.analysis.coupling.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/**
 * The entropy weight method and the coupling coordination degree model on one data set.
 * <ol>
 * <li>Min–max normalisation with a shift s: x'_ij = (x_ij − min_j)/(max_j − min_j) + s for a positive
 * indicator, (max_j − x_ij)/(max_j − min_j) + s for a negative one.</li>
 * <li>Entropy weights (Shannon 1948; e.g. Zou, Yun &amp; Sun 2006): p_ij = x'_ij / Σ_i x'_ij,
 * e_j = −(1/ln m) Σ_i p_ij ln p_ij (0 ln 0 = 0), d_j = 1 − e_j, w_j = d_j / Σ_k d_k over the indicators
 * of j's subsystem (default) or over all indicators.</li>
 * <li>Comprehensive index of subsystem s in row i: U_si = Σ_{j ∈ s} w_j x'_ij.</li>
 * <li>Coupling degree C = n·[Π_s U_s / (Σ_s U_s)^n]^{1/n} (the ratio of the geometric to the arithmetic
 * mean of the U; identical to [Π U_s / ((Σ U_s)/n)^n]^{1/n}), comprehensive coordination index
 * T = Σ_s α_s U_s, coupling coordination degree D = √(C·T).</li>
 * </ol>
 */
public final class CouplingModel {

    /** The numbers of one run; arrays are indexed by indicator (configuration order), row and subsystem. */
    public record Result(Configuration configuration, Weighting weighting, double shift, List<String> rowLabels,
            double[] min, double[] max, double[] entropy, double[] divergence, double[] weight, double[][] index,
            double[] coupling, double[] coordinationIndex, double[] degree) {

        public int rows() {
            return rowLabels.size();
        }

        /**
         * The subsystem with the lowest U in a row, or -1 when another's U equals it to 1e-12 relative (a
         * tie, such as every U at the shift when every indicator is at its worst value).
         */
        public int lagging(int row) {
            double[] u = index[row];
            int lowest = 0;
            for (int s = 1; s < u.length; s++) {
                if (u[s] < u[lowest]) {
                    lowest = s;
                }
            }
            for (int s = 0; s < u.length; s++) {
                if (s != lowest && u[s] - u[lowest] <= TIE * Math.abs(u[lowest])) {
                    return -1;
                }
            }
            return lowest;
        }
    }

    /** Relative difference below which two comprehensive indices count as equal for the lagging subsystem. */
    static final double TIE = 1e-12;

    private CouplingModel() {
    }

    public static Result run(Configuration configuration, Dataset data, Weighting weighting, double shift,
            Runnable checkCancelled) throws ConfigurationException, DataFormatException {
        List<Configuration.Indicator> indicators = configuration.indicators();
        List<String> columns = indicators.stream().map(Configuration.Indicator::column).toList();
        double[][] x = data.numericRows(columns);
        int m = x.length;
        List<String> labels = rowLabels(configuration, data);
        for (int j = 0; j < columns.size(); j++) {
            DataColumn column = data.column(columns.get(j));
            for (int i = 0; i < m; i++) {
                if (Double.isNaN(x[i][j])) {
                    throw new DataFormatException(data.source().orElse(java.nio.file.Path.of(data.describe())),
                            data.sourceLine(i), column.name(), "the value is missing (row " + (i + 1)
                                    + (configuration.idColumn() == null ? "" : ", " + configuration.idColumn() + " "
                                            + labels.get(i))
                                    + "); the entropy weight method needs every indicator observed in every row: fill"
                                    + " the value or leave the row out");
                }
            }
        }
        if (m < 2) {
            throw new ConfigurationException(configuration.file(), 0, data.describe() + " has " + m
                    + " row(s); entropy weights need at least 2 (k = 1/ln m)");
        }
        int k = columns.size();
        double[] min = new double[k];
        double[] max = new double[k];
        double[] entropy = new double[k];
        double[] divergence = new double[k];
        double[][] normalised = new double[m][k];
        for (int j = 0; j < k; j++) {
            checkCancelled.run();
            Configuration.Indicator indicator = indicators.get(j);
            min[j] = Double.POSITIVE_INFINITY;
            max[j] = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
            if (max[j] == min[j]) {
                throw new ConfigurationException(configuration.file(), indicator.line(), subsystemOf(configuration, j)
                        + ", indicator '" + indicator.column() + "': the column is constant in " + data.describe()
                        + " (every row is " + data.column(indicator.column()).text(0) + "), so max = min and min–max"
                        + " normalisation divides by zero; an indicator that does not vary carries no information:"
                        + " leave it out");
            }
            double range = max[j] - min[j];
            double sum = 0;
            for (int i = 0; i < m; i++) {
                double scaled = indicator.direction() == Direction.POSITIVE ? (x[i][j] - min[j]) / range
                        : (max[j] - x[i][j]) / range;
                normalised[i][j] = scaled + shift;
                sum += normalised[i][j];
            }
            double plogp = 0;
            for (int i = 0; i < m; i++) {
                double p = normalised[i][j] / sum;
                plogp += p > 0 ? p * Math.log(p) : 0;
            }
            entropy[j] = -plogp / Math.log(m);
            divergence[j] = 1 - entropy[j];
        }
        double[] weight = weights(configuration, weighting, divergence);
        List<Configuration.Subsystem> subsystems = configuration.subsystems();
        int n = subsystems.size();
        double[][] index = new double[m][n];
        double[] c = new double[m];
        double[] t = new double[m];
        double[] d = new double[m];
        for (int i = 0; i < m; i++) {
            checkCancelled.run();
            int j = 0;
            for (int s = 0; s < n; s++) {
                double u = 0;
                for (int q = 0; q < subsystems.get(s).indicators().size(); q++, j++) {
                    u += weight[j] * normalised[i][j];
                }
                index[i][s] = u;
            }
            c[i] = coupling(index[i]);
            double total = 0;
            for (int s = 0; s < n; s++) {
                total += configuration.alpha()[s] * index[i][s];
            }
            t[i] = total;
            d[i] = Math.sqrt(c[i] * t[i]);
        }
        return new Result(configuration, weighting, shift, labels, min, max, entropy, divergence, weight, index, c, t, d);
    }

    /** C = n·[Π U / (Σ U)^n]^{1/n}; NaN when every U is 0 (possible only with shift 0). */
    static double coupling(double[] u) {
        int n = u.length;
        double product = 1;
        double sum = 0;
        for (double value : u) {
            product *= value;
            sum += value;
        }
        return n * Math.pow(product / Math.pow(sum, n), 1.0 / n);
    }

    private static double[] weights(Configuration configuration, Weighting weighting, double[] divergence) {
        double[] weight = new double[divergence.length];
        int j = 0;
        double all = 0;
        for (double value : divergence) {
            all += value;
        }
        for (Configuration.Subsystem subsystem : configuration.subsystems()) {
            int size = subsystem.indicators().size();
            double within = 0;
            for (int q = 0; q < size; q++) {
                within += divergence[j + q];
            }
            for (int q = 0; q < size; q++, j++) {
                weight[j] = divergence[j] / (weighting == Weighting.WITHIN ? within : all);
            }
        }
        return weight;
    }

    private static String subsystemOf(Configuration configuration, int indicator) {
        int j = 0;
        for (Configuration.Subsystem subsystem : configuration.subsystems()) {
            j += subsystem.indicators().size();
            if (indicator < j) {
                return "subsystem '" + subsystem.id() + "'";
            }
        }
        throw new IndexOutOfBoundsException(indicator);
    }

    /** The id column's cells (unique, present), or the row numbers 1, 2, … without one. */
    private static List<String> rowLabels(Configuration configuration, Dataset data) throws DataFormatException {
        List<String> labels = new ArrayList<>();
        String idColumn = configuration.idColumn();
        Map<String, Integer> seen = new HashMap<>();
        java.nio.file.Path source = data.source().orElse(java.nio.file.Path.of(data.describe()));
        for (int i = 0; i < data.rowCount(); i++) {
            if (idColumn == null) {
                labels.add(String.valueOf(i + 1));
                continue;
            }
            String label = data.column(idColumn).text(i);
            if (label == null || label.isBlank()) {
                throw new DataFormatException(source, data.sourceLine(i), idColumn, "the row's id is missing (the"
                        + " configuration's 'idColumn' labels every row)");
            }
            Integer earlier = seen.putIfAbsent(label, i);
            if (earlier != null) {
                throw new DataFormatException(source, data.sourceLine(i), idColumn, "the id '" + label
                        + "' is used twice (first on line " + data.sourceLine(earlier) + "); every row needs its own id");
            }
            labels.add(label);
        }
        return List.copyOf(labels);
    }
}
