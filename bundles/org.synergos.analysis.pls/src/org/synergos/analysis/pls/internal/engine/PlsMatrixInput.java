package org.synergos.analysis.pls.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.pls.core.PlsEstimator;
import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.core.PlsResult;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.matrix.GroupMatrix;
import org.synergos.data.matrix.MatrixData;
import org.synergos.data.matrix.MatrixKind;

/**
 * A matrix file (correlations or covariances with n) as the PLS-SEM engine's data: one sample, estimated
 * through {@link PlsEstimator#estimateFromCorrelations}. What needs the cases is refused by name when set, and
 * left out with an information message when it is at its raw-data default (bootstrap, blindfolding,
 * PLSpredict); mean replacement is refused.
 */
final class PlsMatrixInput {

    /** Parameters that resample, omit or predict cases; each is off at 0. */
    private static final List<String> CASE_PARAMETERS = List.of("bootstrap", "blindfolding", "plspredict-folds");

    private final Dataset file;
    private final GroupMatrix matrix;

    private PlsMatrixInput(Dataset file, GroupMatrix matrix) {
        this.file = file;
        this.matrix = matrix;
    }

    /**
     * Columns other than {@code rowtype_} and {@code varname_} that no matrix row names: a group column (or a
     * stray one). PLS-SEM estimates one sample, so such a file is refused.
     */
    static List<String> groupColumns(Dataset data) {
        String rowType = MatrixData.column(data, MatrixData.ROW_TYPE_COLUMN);
        String variable = MatrixData.column(data, MatrixData.VARIABLE_COLUMN);
        Set<String> named = new HashSet<>();
        if (variable != null) {
            for (int row = 0; row < data.rowCount(); row++) {
                String cell = data.column(variable).text(row);
                if (cell != null && !cell.isBlank()) {
                    named.add(cell.trim());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String column : data.columnNames()) {
            if (!column.equals(rowType) && !column.equals(variable) && !named.contains(column)) {
                out.add(column);
            }
        }
        return out;
    }

    static String groupColumnReason(Dataset data, String column) {
        return "column '" + column + "' of " + data.describe() + " names no matrix row: a group column? Engine '"
                + PlsEngine.ID + "' estimates one sample from a matrix file (it has no multigroup analysis); give"
                + " one group's matrix per file";
    }

    static PlsMatrixInput read(Dataset data) throws AnalysisException {
        List<String> groups = groupColumns(data);
        if (!groups.isEmpty()) {
            throw new AnalysisException(groupColumnReason(data, groups.get(0)));
        }
        List<GroupMatrix> matrices;
        try {
            matrices = MatrixData.read(data, null);
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage(), null, e);
        }
        GroupMatrix matrix = matrices.get(0);
        if (matrix.n() > Integer.MAX_VALUE) {
            throw new AnalysisException(data.describe() + ": n = " + matrix.n() + " is too large");
        }
        return new PlsMatrixInput(data, matrix);
    }

    /**
     * Refuses by name what needs the cases and was asked for; returns the information messages for what is
     * left out because its raw-data default does not apply.
     */
    static List<Message> checkParameters(Dataset data, Parameters parameters) throws AnalysisException {
        List<Message> notes = new ArrayList<>();
        for (String key : CASE_PARAMETERS) {
            long value = parameters.integer(key);
            if (value <= 0) {
                continue;
            }
            long fallback = Long.parseLong(PlsEngine.DESCRIPTOR.parameter(key).orElseThrow().defaultValue().trim());
            if (value != fallback) {
                throw new AnalysisException(key + " = " + value + ": " + what(key) + " needs the cases, and "
                        + data.describe() + " holds summary statistics (a correlation or covariance matrix); set "
                        + key + " = 0");
            }
            notes.add(Message.info(what(key) + " left out: it needs the cases, and " + data.describe()
                    + " holds summary statistics (the default " + key + " = " + fallback + " applies to raw data; set "
                    + key + " = 0 to silence this)"));
        }
        if (!parameters.text("missing").equals("listwise")) {
            throw new AnalysisException("missing = " + parameters.text("missing") + ": a missing-data treatment needs"
                    + " the cases, and " + data.describe() + " holds summary statistics (a correlation or covariance"
                    + " matrix)");
        }
        return notes;
    }

    private static String what(String key) {
        return switch (key) {
            case "bootstrap" -> "the bootstrap (t, p and confidence intervals)";
            case "blindfolding" -> "blindfolding (Q²)";
            default -> "PLSpredict";
        };
    }

    PlsResult estimate(PlsModel model, PlsOptions options) {
        int n = (int) matrix.n();
        return matrix.kind() == MatrixKind.COVARIANCE
                ? PlsEstimator.estimateFromCovariances(matrix.matrix(), matrix.variables(), n, model, options)
                : PlsEstimator.estimateFromCorrelations(matrix.matrix(), matrix.variables(), n, model, options);
    }

    /** Where the estimates came from, for the provenance. */
    String describe() {
        return "summary statistics from " + file.describe() + " ("
                + (matrix.kind() == MatrixKind.COVARIANCE ? "covariance matrix" : "correlation matrix") + ", n = "
                + matrix.n() + ")";
    }
}
