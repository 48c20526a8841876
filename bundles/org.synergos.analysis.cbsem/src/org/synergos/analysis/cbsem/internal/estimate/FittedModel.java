package org.synergos.analysis.cbsem.internal.estimate;

import java.util.List;

import org.synergos.analysis.cbsem.core.Convergence;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.model.RamModel;

/**
 * A parameter table fitted to data: the estimates and what is needed to evaluate them (compiled
 * models, group data, H1 moments). Immutable (arrays are copied on access).
 */
public final class FittedModel {

    private final ParameterTable table;
    private final List<RamModel> models;
    private final List<GroupSample> samples;
    private final List<SaturatedEm.Moments> h1;
    private final boolean fiml;
    private final double[] theta;
    private final double logLik;
    private final Convergence convergence;
    private final double[] resolvedFixed;

    FittedModel(ParameterTable table, List<RamModel> models, List<GroupSample> samples, List<SaturatedEm.Moments> h1,
            boolean fiml, double[] theta, double logLik, Convergence convergence, double[] resolvedFixed) {
        this.table = table;
        this.models = List.copyOf(models);
        this.samples = List.copyOf(samples);
        this.h1 = List.copyOf(h1);
        this.fiml = fiml;
        this.theta = theta.clone();
        this.logLik = logLik;
        this.convergence = convergence;
        this.resolvedFixed = resolvedFixed.clone();
    }

    public ParameterTable table() {
        return table;
    }

    public List<RamModel> models() {
        return models;
    }

    public List<GroupSample> samples() {
        return samples;
    }

    /** Saturated (H1) moments per group: sample moments, or EM estimates with missing data. */
    public List<SaturatedEm.Moments> h1() {
        return h1;
    }

    public boolean fiml() {
        return fiml;
    }

    public double[] theta() {
        return theta.clone();
    }

    public double logLik() {
        return logLik;
    }

    public Convergence convergence() {
        return convergence;
    }

    /** Value of table row {@code id-1} when fixed (fixed.x moments resolved), else NaN. */
    public double fixedValue(int rowIndex) {
        return resolvedFixed[rowIndex];
    }

    public double[] resolvedFixed() {
        return resolvedFixed.clone();
    }

    public int totalN() {
        int n = 0;
        for (GroupSample s : samples) {
            n += s.n();
        }
        return n;
    }

    /** A fresh likelihood workspace (not thread-safe; one per thread). */
    public Likelihood likelihood() {
        return new Likelihood(models, samples, table.freeCount(), fiml);
    }

    /** Value of table row {@code rowIndex} (0-based) at the estimates. */
    public double value(int rowIndex) {
        int free = table.rows().get(rowIndex).free();
        return free > 0 ? theta[free - 1] : resolvedFixed[rowIndex];
    }
}
