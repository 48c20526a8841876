package org.synergos.analysis.cbsem.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.cbsem.core.SummaryData;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.matrix.GroupMatrix;
import org.synergos.data.matrix.MatrixData;

/** A matrix file (covariances or correlations with n, optional means and SDs) as the CB-SEM core's input. */
final class SummaryInput {

    private final SummaryData data;
    private final boolean standardized;
    private final long n;

    private SummaryInput(SummaryData data, boolean standardized, long n) {
        this.data = data;
        this.standardized = standardized;
        this.n = n;
    }

    static SummaryInput of(Dataset file, String groupColumn) throws AnalysisException {
        List<GroupMatrix> matrices;
        try {
            matrices = MatrixData.read(file, groupColumn);
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage(), null, e);
        }
        List<SummaryData.Group> groups = new ArrayList<>();
        boolean standardized = false;
        long n = 0;
        for (GroupMatrix m : matrices) {
            if (m.n() > Integer.MAX_VALUE) {
                throw new AnalysisException(file.describe() + ": n = " + m.n() + " is too large");
            }
            groups.add(new SummaryData.Group(m.group(), (int) m.n(), m.covariance(), m.means()));
            standardized |= m.isStandardized();
            n += m.n();
        }
        return new SummaryInput(SummaryData.of(matrices.get(0).variables(), groups), standardized, n);
    }

    SummaryData data() {
        return data;
    }

    /** True when some group gives correlations without standard deviations. */
    boolean standardized() {
        return standardized;
    }

    long n() {
        return n;
    }
}
