package org.synergos.analysis.cbsem.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;

/**
 * One group of a parameter table compiled into the reticular action model (RAM; McArdle &amp;
 * McDonald 1984): all variables v (observed first, then latent) satisfy {@code v = A v + m + u},
 * {@code Cov(u) = S}, so that {@code Σ = F (I-A)^{-1} S (I-A)^{-T} F'} and {@code μ = F (I-A)^{-1} m}
 * with F selecting the observed variables. Equivalent to the LISREL form of Bollen (1989, ch. 9) and
 * covers regressions among observed variables without phantom latents. Immutable.
 */
public final class RamModel {

    /** Matrix of an entry. */
    public static final int A = 0;
    public static final int S = 1;
    public static final int M = 2;

    private final int group;
    private final int p;
    private final int n;
    private final boolean meanStructure;
    private final int[] kind;
    private final int[] row;
    private final int[] col;
    private final int[] free;
    private final double[] fixed;
    private final int[] tableIndex;
    private final int[] activeParams;

    private RamModel(int group, int p, int n, boolean meanStructure, List<int[]> entries, List<Double> fixedValues,
            int freeCount) {
        this.group = group;
        this.p = p;
        this.n = n;
        this.meanStructure = meanStructure;
        int e = entries.size();
        kind = new int[e];
        row = new int[e];
        col = new int[e];
        free = new int[e];
        fixed = new double[e];
        tableIndex = new int[e];
        boolean[] active = new boolean[freeCount];
        for (int i = 0; i < e; i++) {
            int[] en = entries.get(i);
            kind[i] = en[0];
            row[i] = en[1];
            col[i] = en[2];
            free[i] = en[3];
            tableIndex[i] = en[4];
            fixed[i] = fixedValues.get(i);
            if (free[i] >= 0) {
                active[free[i]] = true;
            }
        }
        int count = 0;
        for (boolean b : active) {
            count += b ? 1 : 0;
        }
        activeParams = new int[count];
        count = 0;
        for (int k = 0; k < freeCount; k++) {
            if (active[k]) {
                activeParams[count++] = k;
            }
        }
    }

    /**
     * Compiles group {@code group} (1-based) of {@code table}. {@code fixedValues[rowId-1]}, when not
     * {@code NaN}, overrides the table value of a fixed row (used for fixed.x sample moments).
     */
    public static RamModel compile(ParameterTable table, int group, double[] fixedValues) {
        List<String> obs = table.observed();
        List<String> lat = table.latent();
        int p = obs.size();
        int n = p + lat.size();
        List<int[]> entries = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Parameter par : table.groupRows(group)) {
            int lhs = index(obs, lat, par.lhs());
            int f = par.free() - 1;
            int id = par.id() - 1;
            double v = fixedValues != null && !Double.isNaN(fixedValues[id]) ? fixedValues[id] : par.value();
            switch (par.op()) {
                case LOADING -> add(entries, values, A, index(obs, lat, par.rhs()), lhs, f, id, v);
                case REGRESSION -> add(entries, values, A, lhs, index(obs, lat, par.rhs()), f, id, v);
                case COVARIANCE -> add(entries, values, S, lhs, index(obs, lat, par.rhs()), f, id, v);
                case INTERCEPT -> add(entries, values, M, lhs, 0, f, id, v);
                default -> throw new IllegalStateException("unexpected row " + par);
            }
        }
        return new RamModel(group, p, n, table.meanStructure(), entries, values, table.freeCount());
    }

    private static void add(List<int[]> entries, List<Double> values, int k, int r, int c, int f, int id, double v) {
        entries.add(new int[] {k, r, c, f, id});
        values.add(v);
    }

    private static int index(List<String> obs, List<String> lat, String name) {
        int i = obs.indexOf(name);
        if (i >= 0) {
            return i;
        }
        int j = lat.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("unknown variable '" + name + "'");
        }
        return obs.size() + j;
    }

    /** Fills A (n×n), S (n×n, symmetric) and m (n) from the free-parameter vector. */
    public void fill(double[] theta, double[] a, double[] s, double[] m) {
        Arrays.fill(a, 0, n * n, 0.0);
        Arrays.fill(s, 0, n * n, 0.0);
        Arrays.fill(m, 0, n, 0.0);
        for (int e = 0; e < kind.length; e++) {
            double v = free[e] >= 0 ? theta[free[e]] : fixed[e];
            switch (kind[e]) {
                case A -> a[row[e] * n + col[e]] = v;
                case S -> {
                    s[row[e] * n + col[e]] = v;
                    s[col[e] * n + row[e]] = v;
                }
                default -> m[row[e]] = v;
            }
        }
    }

    public int group() {
        return group;
    }

    /** Number of observed variables. */
    public int p() {
        return p;
    }

    /** Number of all variables (observed + latent). */
    public int n() {
        return n;
    }

    public boolean meanStructure() {
        return meanStructure;
    }

    public int entryCount() {
        return kind.length;
    }

    public int kind(int e) {
        return kind[e];
    }

    public int row(int e) {
        return row[e];
    }

    public int col(int e) {
        return col[e];
    }

    /** 0-based free index of entry e, or -1. */
    public int free(int e) {
        return free[e];
    }

    public double fixedValue(int e) {
        return fixed[e];
    }

    /** 0-based table row of entry e. */
    public int tableIndex(int e) {
        return tableIndex[e];
    }

    /** Global free-parameter indices that occur in this group (sorted). */
    public int[] activeParams() {
        return activeParams.clone();
    }

    /** Operator of an entry as a table operator (for messages). */
    public Operator operator(int e) {
        return kind[e] == A ? Operator.REGRESSION : kind[e] == S ? Operator.COVARIANCE : Operator.INTERCEPT;
    }
}
