package org.synergos.analysis.cbsem.internal.model;

import java.util.Arrays;

/**
 * Model-implied moments of one group and their Jacobian with respect to the free parameters, for a
 * {@link RamModel}. A mutable workspace (one per thread and group) so that the optimiser's hot loop
 * allocates nothing.
 *
 * <p>With {@code B = (I-A)^{-1}} and {@code T = B S B'}: {@code Σ = T_oo}, {@code μ = (B m)_o};
 * derivatives {@code ∂Σ/∂S_ij = B_oi B_oj' + B_oj B_oi'}, {@code ∂Σ/∂A_ij = B_oi T_jo + T_oj B_oi'},
 * {@code ∂μ/∂A_ij = B_oi (Bm)_j}, {@code ∂μ/∂m_i = B_oi} (Bollen 1989, ch. 9; Jöreskog 1969).
 *
 * <p>The full Jacobian (q matrices of p×p) is only built for the information matrices; the optimiser's
 * gradient contracts the derivatives with the likelihood's G directly ({@link #addGradient}), which
 * needs one n×p product instead. For recursive models B is built by forward substitution in causal
 * order instead of a general inversion, and the last point is cached so that a line search's
 * accepted trial is not recomputed for its gradient.
 */
public final class ImpliedMoments {

    private final RamModel model;
    private final int p;
    private final int n;
    private final double[] a;
    private final double[] s;
    private final double[] m;
    private final double[] work;
    private final double[] b;
    private final double[] t;
    private final double[] tmp;
    private final double[] sigma;
    private final double[] mu;
    private final double[] bm;
    private final int[] active;
    private final int[] local;
    private double[][] dSigma;
    private double[][] dMu;
    /** Causal order of the variables when A is acyclic, else null. */
    private final int[] order;
    private final double[] bg;
    private final double[] bgMu;
    private double[] lastTheta;
    private boolean lastOk;
    /** Free entries and, per free entry, the rank-2 factors of ∂Σ (see {@link #addExpectedInformation}). */
    private final int[] freeEntries;
    private final double[] z;
    private final double[] wz;
    private final double[] gram;
    private final double[] meanCoef;

    public ImpliedMoments(RamModel model, int freeCount) {
        this.model = model;
        p = model.p();
        n = model.n();
        a = new double[n * n];
        s = new double[n * n];
        m = new double[n];
        work = new double[n * n];
        b = new double[n * n];
        t = new double[n * n];
        tmp = new double[n * n];
        sigma = new double[p * p];
        mu = new double[p];
        bm = new double[n];
        active = model.activeParams();
        local = new int[freeCount];
        Arrays.fill(local, -1);
        for (int k = 0; k < active.length; k++) {
            local[active[k]] = k;
        }
        order = causalOrder(model);
        bg = new double[n * p];
        bgMu = new double[n];
        int fe = 0;
        for (int e = 0; e < model.entryCount(); e++) {
            fe += model.free(e) >= 0 ? 1 : 0;
        }
        freeEntries = new int[fe];
        fe = 0;
        for (int e = 0; e < model.entryCount(); e++) {
            if (model.free(e) >= 0) {
                freeEntries[fe++] = e;
            }
        }
        z = new double[2 * fe * p];
        wz = new double[2 * fe * p];
        gram = new double[4 * fe * fe];
        meanCoef = new double[fe];
    }

    /** Topological order of the variables along the A paths (causes first), or null with a cycle. */
    private static int[] causalOrder(RamModel model) {
        int n = model.n();
        int[] indegree = new int[n];
        boolean[][] edge = new boolean[n][n];
        for (int e = 0; e < model.entryCount(); e++) {
            if (model.kind(e) != RamModel.A) {
                continue;
            }
            int effect = model.row(e);
            int cause = model.col(e);
            if (effect == cause) {
                return null;
            }
            if (!edge[cause][effect]) {
                edge[cause][effect] = true;
                indegree[effect]++;
            }
        }
        int[] out = new int[n];
        int count = 0;
        java.util.ArrayDeque<Integer> ready = new java.util.ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int v = ready.poll();
            out[count++] = v;
            for (int w = 0; w < n; w++) {
                if (edge[v][w] && --indegree[w] == 0) {
                    ready.add(w);
                }
            }
        }
        return count == n ? out : null;
    }

    public RamModel model() {
        return model;
    }

    /** Computes Σ and μ at {@code theta}; returns {@code false} when I - A is singular. */
    public boolean compute(double[] theta) {
        if (lastTheta != null && Arrays.equals(lastTheta, theta)) {
            return lastOk;
        }
        if (lastTheta == null || lastTheta.length != theta.length) {
            lastTheta = theta.clone();
        } else {
            System.arraycopy(theta, 0, lastTheta, 0, theta.length);
        }
        lastOk = computeAt(theta);
        return lastOk;
    }

    private boolean computeAt(double[] theta) {
        model.fill(theta, a, s, m);
        if (order != null) {
            causalInverse();
        } else if (!generalInverse()) {
            return false;
        }
        Dense.multiply(b, s, tmp, n, n, n);
        Dense.multiplyTransposedSymmetric(tmp, b, t, n, n);
        for (int i = 0; i < p; i++) {
            System.arraycopy(t, i * n, sigma, i * p, p);
        }
        Dense.multiplyVector(b, m, bm, n, n);
        System.arraycopy(bm, 0, mu, 0, p);
        return true;
    }

    /** B = (I - A)⁻¹ of a recursive model: row v of B = e_v + Σ_j A_vj (row j of B), causes first. */
    private void causalInverse() {
        for (int v : order) {
            int rv = v * n;
            Arrays.fill(b, rv, rv + n, 0.0);
            b[rv + v] = 1.0;
            for (int j = 0; j < n; j++) {
                double avj = a[rv + j];
                if (avj != 0.0) {
                    int rj = j * n;
                    for (int k = 0; k < n; k++) {
                        b[rv + k] += avj * b[rj + k];
                    }
                }
            }
        }
    }

    /** B = (I - A)⁻¹ by elimination (non-recursive models); false when singular. */
    private boolean generalInverse() {
        for (int i = 0; i < n * n; i++) {
            work[i] = -a[i];
        }
        for (int i = 0; i < n; i++) {
            work[i * n + i] += 1.0;
        }
        return Dense.invert(work, n, b);
    }

    /** Fills the Jacobian at the point of the last {@link #compute}. */
    public void jacobian() {
        if (dSigma == null) {
            // allocated on first use: only the casewise scores need the full Jacobian
            dSigma = new double[active.length][p * p];
            dMu = new double[active.length][p];
        }
        for (int k = 0; k < active.length; k++) {
            Arrays.fill(dSigma[k], 0.0);
            Arrays.fill(dMu[k], 0.0);
        }
        boolean means = model.meanStructure();
        for (int e = 0; e < model.entryCount(); e++) {
            int f = model.free(e);
            if (f < 0) {
                continue;
            }
            double[] ds = dSigma[local[f]];
            double[] dm = dMu[local[f]];
            int i = model.row(e);
            int j = model.col(e);
            switch (model.kind(e)) {
                case RamModel.S -> {
                    for (int r = 0; r < p; r++) {
                        double bri = b[r * n + i];
                        double brj = b[r * n + j];
                        if (bri == 0.0 && brj == 0.0) {
                            continue;
                        }
                        for (int c = 0; c < p; c++) {
                            double v = bri * b[c * n + j];
                            if (i != j) {
                                v += brj * b[c * n + i];
                            }
                            ds[r * p + c] += v;
                        }
                    }
                }
                case RamModel.A -> {
                    for (int r = 0; r < p; r++) {
                        double bri = b[r * n + i];
                        double trj = t[r * n + j];
                        for (int c = 0; c < p; c++) {
                            ds[r * p + c] += bri * t[j * n + c] + trj * b[c * n + i];
                        }
                        if (means) {
                            dm[r] += bri * bm[j];
                        }
                    }
                }
                default -> {
                    for (int r = 0; r < p; r++) {
                        dm[r] += b[r * n + i];
                    }
                }
            }
        }
    }

    /**
     * Adds {@code ∂ℓ/∂θ_k = tr(G ∂Σ/∂θ_k) + g_μ'∂μ/∂θ_k} of this group to {@code grad} (global
     * indices) at the point of the last {@link #compute}, for a symmetric G (p×p) and g_μ (p); without
     * the Jacobian: with {@code M = B_o'G}, {@code ∂/∂S_ij = (2 - δ_ij)(M B_o)_ij}, {@code ∂/∂A_ij =
     * 2 (M T_o·')_ij + (B_o'g_μ)_i (Bm)_j}, {@code ∂/∂m_i = (B_o'g_μ)_i}.
     */
    public void addGradient(double[] gSigma, double[] gMu, double[] grad) {
        boolean means = model.meanStructure();
        // bg = B_o' G (n×p), bgMu = B_o' g_μ (n)
        Dense.multiplyTransposedLeft(b, n, gSigma, p, p, bg);
        if (means) {
            Dense.multiplyTransposedLeft(b, n, gMu, 1, p, bgMu);
        } else {
            Arrays.fill(bgMu, 0.0);
        }
        for (int e = 0; e < model.entryCount(); e++) {
            int f = model.free(e);
            if (f < 0) {
                continue;
            }
            int i = model.row(e);
            int j = model.col(e);
            int ri = i * p;
            double v;
            switch (model.kind(e)) {
                case RamModel.S -> {
                    double acc = 0;
                    for (int c = 0; c < p; c++) {
                        acc += bg[ri + c] * b[c * n + j];
                    }
                    v = i == j ? acc : 2 * acc;
                }
                case RamModel.A -> {
                    double acc = 0;
                    int rj = j * n;
                    for (int c = 0; c < p; c++) {
                        acc += bg[ri + c] * t[rj + c];
                    }
                    v = 2 * acc + bgMu[i] * bm[j];
                }
                default -> v = bgMu[i];
            }
            grad[f] += v;
        }
    }

    /**
     * Adds the expected information of this group, {@code n [½ tr(WΣ_kWΣ_l) + μ_k'Wμ_l]} with W = Σ⁻¹
     * (p×p), to {@code info} (q×q, global indices) at the point of the last {@link #compute}. Every
     * ∂Σ/∂θ of a RAM entry has rank 2, {@code uv' + vu'} (S_ij: u = B_oi, v = B_oj, halved when i = j;
     * A_ij: u = B_oi, v = T_oj), and ∂μ is a multiple of u; so with the Gram matrix {@code Z'WZ} of
     * all u and v, {@code ½ tr(WΣ_kWΣ_l) = (u_k'Wu_l)(v_k'Wv_l) + (u_k'Wv_l)(v_k'Wu_l)}: no Jacobian.
     */
    public void addExpectedInformation(double[] w, double nCases, double[] info, int q) {
        int fe = freeEntries.length;
        int m = 2 * fe;
        boolean means = model.meanStructure();
        fillFactors(fe, means);
        // factors are the rows of z (m×p): wz = z W (W symmetric), gram = z wz'
        Dense.multiply(z, w, wz, m, p, p);
        Dense.multiplyTransposedSymmetric(z, wz, gram, m, p);
        for (int k = 0; k < fe; k++) {
            int fk = model.free(freeEntries[k]);
            int uk = k;
            int vk = fe + k;
            for (int l = 0; l <= k; l++) {
                int ul = l;
                int vl = fe + l;
                double v = gram[uk * m + ul] * gram[vk * m + vl] + gram[uk * m + vl] * gram[vk * m + ul]
                        + meanCoef[k] * meanCoef[l] * gram[uk * m + ul];
                v *= nCases;
                int fl = model.free(freeEntries[l]);
                info[fk * q + fl] += v;
                if (k != l) {
                    info[fl * q + fk] += v;
                }
            }
        }
    }

    /** u (rows 0..fe-1 of z), v (rows fe..2fe-1) and the mean coefficient of each free entry. */
    private void fillFactors(int fe, boolean means) {
        for (int k = 0; k < fe; k++) {
            int e = freeEntries[k];
            int i = model.row(e);
            int j = model.col(e);
            int uo = k * p;
            int vo = (fe + k) * p;
            switch (model.kind(e)) {
                case RamModel.S -> {
                    double half = i == j ? 0.5 : 1.0;
                    for (int r = 0; r < p; r++) {
                        z[uo + r] = b[r * n + i];
                        z[vo + r] = half * b[r * n + j];
                    }
                    meanCoef[k] = 0.0;
                }
                case RamModel.A -> {
                    for (int r = 0; r < p; r++) {
                        z[uo + r] = b[r * n + i];
                        z[vo + r] = t[r * n + j];
                    }
                    meanCoef[k] = means ? bm[j] : 0.0;
                }
                default -> {
                    for (int r = 0; r < p; r++) {
                        z[uo + r] = b[r * n + i];
                        z[vo + r] = 0.0;
                    }
                    meanCoef[k] = means ? 1.0 : 0.0;
                }
            }
        }
    }

    /** Implied covariance of the observed variables (p×p, row-major; live view, do not modify). */
    public double[] sigma() {
        return sigma;
    }

    /** Implied mean of the observed variables (live view). */
    public double[] mu() {
        return mu;
    }

    /** Implied covariance of all variables (n×n; live view). */
    public double[] allCovariance() {
        return t;
    }

    /** Implied means of all variables (live view). */
    public double[] allMeans() {
        return bm;
    }

    /** Filled S matrix (live view). */
    public double[] sMatrix() {
        return s;
    }

    /** Filled A matrix (live view). */
    public double[] aMatrix() {
        return a;
    }

    /** Global indices of the parameters of this group. */
    public int[] active() {
        return active;
    }

    /** ∂Σ/∂θ for the k-th active parameter (live view). */
    public double[] dSigma(int k) {
        return dSigma[k];
    }

    /** ∂μ/∂θ for the k-th active parameter (live view). */
    public double[] dMu(int k) {
        return dMu[k];
    }

    public int p() {
        return p;
    }

    public int n() {
        return n;
    }
}
