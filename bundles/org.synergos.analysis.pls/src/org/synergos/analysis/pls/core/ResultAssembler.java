package org.synergos.analysis.pls.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.pls.internal.estimation.FittedSample;
import org.synergos.analysis.pls.internal.estimation.KernelState;
import org.synergos.analysis.pls.internal.estimation.KernelStatus;
import org.synergos.analysis.pls.internal.estimation.PlsKernel;
import org.synergos.analysis.pls.internal.linalg.SmallCholesky;
import org.synergos.analysis.pls.internal.model.CompiledModel;
import org.synergos.analysis.pls.internal.quality.EffectDecomposition;
import org.synergos.analysis.pls.internal.quality.HeterotraitMonotrait;
import org.synergos.analysis.pls.internal.quality.ReliabilityMeasures;
import org.synergos.analysis.pls.internal.quality.StandardizedRootMeanSquareResidual;
import org.synergos.analysis.pls.internal.quality.VarianceInflation;

/** Turns a fitted sample into an immutable {@link PlsResult} with all quality criteria. */
final class ResultAssembler {

    private final CompiledModel m;
    private final FittedSample fit;
    private final KernelState st;
    private final PlsOptions options;
    private final int k;
    private final int p;
    private final List<String> cn;
    private final List<String> in;

    ResultAssembler(CompiledModel model, FittedSample fit, PlsOptions options) {
        this.m = model;
        this.fit = fit;
        this.st = fit.state;
        this.options = options;
        this.k = model.constructCount;
        this.p = model.indicatorCount;
        this.cn = model.constructNames;
        this.in = model.indicatorNames;
    }

    PlsResult assemble() {
        int n = fit.n;
        double[] totals = EffectDecomposition.total(st.paths, k);
        double[] indirect = totals.clone();
        for (int i = 0; i < k * k; i++) {
            indirect[i] -= st.paths[i];
        }
        ReliabilityMeasures rel = new ReliabilityMeasures(fit.correlations, m, st.loadings, st.rhoA);
        Map<String, ConstructReliability> reliability = new LinkedHashMap<>();
        double[] fl = new double[k * k];
        for (int i = 0; i < k; i++) {
            reliability.put(cn.get(i), new ConstructReliability(rel.alpha[i], rel.rhoC[i], rel.ave[i], rel.rhoA[i]));
            for (int j = 0; j < k; j++) {
                fl[i * k + j] = i == j ? Math.sqrt(rel.ave[i]) : j < i ? st.scoreCorrelations[i * k + j] : Double.NaN;
            }
        }
        Map<String, Double> r2 = new LinkedHashMap<>();
        Map<String, Double> adj = new LinkedHashMap<>();
        for (int j : m.endogenous) {
            double q = m.predecessors[j].length;
            r2.put(cn.get(j), st.rSquared[j]);
            adj.put(cn.get(j), 1 - (1 - st.rSquared[j]) * (n - 1) / (n - q - 1));
        }
        double[] outerVif = VarianceInflation.outer(fit.correlations, m);
        Map<String, Double> outerVifMap = new LinkedHashMap<>();
        for (int a = 0; a < p; a++) {
            outerVifMap.put(in.get(a), outerVif[a]);
        }
        Map<SrmrForm, Double> srmr = new EnumMap<>(SrmrForm.class);
        for (SrmrForm form : SrmrForm.values()) {
            srmr.put(form, StandardizedRootMeanSquareResidual.compute(fit.correlations, m, st.constructCorrelations,
                    st.paths, st.rSquared, st.loadings, form));
        }
        boolean cases = fit.data != null;
        LabeledMatrix scores = null;
        if (cases) {
            List<String> rowLabels = new ArrayList<>();
            for (int r : fit.data.rowsUsed) {
                rowLabels.add(Integer.toString(r + 1));
            }
            scores = new LabeledMatrix(rowLabels, cn, rows(fit.scores(), n, k));
        }
        return new PlsResult(new PlsResultParts(m.source(), options, n, cases ? fit.data.rowsUsed.clone() : null,
                cases ? fit.data.missingCellsReplaced : 0, st.iterations, st.lastChange, blockMatrix(st.weights),
                blockMatrix(st.loadings), indicatorByConstruct(st.crossLoadings), square(st.paths),
                // in model order: Map.copyOf would iterate in an order that changes from run to run
                java.util.Collections.unmodifiableMap(r2), java.util.Collections.unmodifiableMap(adj), square(totals),
                square(indirect), specificIndirect(), square(fSquareReestimated()),
                square(fSquareFixedScores()), java.util.Collections.unmodifiableMap(reliability),
                square(HeterotraitMonotrait.htmt(fit.correlations, m, true)),
                square(HeterotraitMonotrait.htmt(fit.correlations, m, false)),
                square(HeterotraitMonotrait.htmt2(fit.correlations, m)), square(fl),
                java.util.Collections.unmodifiableMap(outerVifMap),
                square(VarianceInflation.inner(st.scoreCorrelations, m)),
                square(VarianceInflation.inner(st.constructCorrelations, m)), srmr,
                scores, square(st.scoreCorrelations),
                square(st.constructCorrelations), informationCriteria(n),
                org.synergos.analysis.pls.internal.quality.CollinearIndicators.in(fit.correlations, m)));
    }

    private List<IndirectEffect> specificIndirect() {
        List<IndirectEffect> effects = new ArrayList<>();
        for (int[] chain : EffectDecomposition.chains(m)) {
            List<String> names = new ArrayList<>();
            for (int c : chain) {
                names.add(cn.get(c));
            }
            effects.add(new IndirectEffect(names, EffectDecomposition.along(st.paths, k, chain)));
        }
        return List.copyOf(effects);
    }

    private double[] fSquareReestimated() {
        double[] f2 = nanSquare();
        for (int e = 0; e < m.pathCount(); e++) {
            int from = m.pathFrom[e];
            int to = m.pathTo[e];
            PlsModel reduced = m.source().without(new StructuralPath(cn.get(from), cn.get(to)));
            KernelState other = new KernelState(new CompiledModel(reduced));
            if (PlsKernel.run(fit.correlations, other, options) == KernelStatus.OK) {
                f2[from * k + to] = (st.rSquared[to] - other.rSquared[to]) / (1 - st.rSquared[to]);
            }
        }
        return f2;
    }

    private double[] fSquareFixedScores() {
        double[] f2 = nanSquare();
        double[] c = st.constructCorrelations;
        for (int e = 0; e < m.pathCount(); e++) {
            int from = m.pathFrom[e];
            int to = m.pathTo[e];
            int[] kept = java.util.Arrays.stream(m.predecessors[to]).filter(i -> i != from).toArray();
            double r2Excluded = rSquaredOf(c, to, kept);
            f2[from * k + to] = (st.rSquared[to] - r2Excluded) / (1 - st.rSquared[to]);
        }
        return f2;
    }

    private double rSquaredOf(double[] c, int dependent, int[] predictors) {
        int q = predictors.length;
        if (q == 0) {
            return 0;
        }
        double[] sys = new double[q * q];
        SmallCholesky.gather(c, k, predictors, sys);
        double[] rhs = new double[q];
        for (int r = 0; r < q; r++) {
            rhs[r] = c[predictors[r] * k + dependent];
        }
        if (!SmallCholesky.factor(sys, q)) {
            return Double.NaN;
        }
        double[] b = rhs.clone();
        SmallCholesky.solve(sys, q, b);
        double r2 = 0;
        for (int r = 0; r < q; r++) {
            r2 += b[r] * rhs[r];
        }
        return r2;
    }

    private LabeledMatrix informationCriteria(int n) {
        int e = m.endogenous.length;
        double[][] v = new double[2][e];
        List<String> cols = new ArrayList<>();
        for (int r = 0; r < e; r++) {
            int j = m.endogenous[r];
            cols.add(cn.get(j));
            double q = m.predecessors[j].length;
            double sse = (1 - rSquaredOf(st.scoreCorrelations, j, m.predecessors[j])) * (n - 1);
            double base = n * Math.log(sse / n);
            v[0][r] = base + 2 * (q + 1);
            v[1][r] = base + (q + 1) * Math.log(n);
        }
        return new LabeledMatrix(List.of("AIC", "BIC"), cols, v);
    }

    private double[] nanSquare() {
        double[] out = new double[k * k];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }

    private LabeledMatrix square(double[] flat) {
        return new LabeledMatrix(cn, cn, rows(flat, k, k));
    }

    private LabeledMatrix blockMatrix(double[] perIndicator) {
        double[][] v = new double[p][k];
        for (int a = 0; a < p; a++) {
            v[a][m.blockOf[a]] = perIndicator[a];
        }
        return new LabeledMatrix(in, cn, v);
    }

    private LabeledMatrix indicatorByConstruct(double[] flat) {
        return new LabeledMatrix(in, cn, rows(flat, p, k));
    }

    private static double[][] rows(double[] flat, int r, int c) {
        double[][] v = new double[r][c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(flat, i * c, v[i], 0, c);
        }
        return v;
    }
}
