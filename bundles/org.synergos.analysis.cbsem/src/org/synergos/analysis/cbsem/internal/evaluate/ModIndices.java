package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.special.Gamma;
import org.synergos.analysis.cbsem.core.ModificationIndex;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.core.ReleasedConstraint;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.Likelihood;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;
import org.synergos.analysis.cbsem.internal.model.RamModel;

/**
 * Modification indices and expected parameter changes (Sörbom 1989; Saris, Satorra &amp; Sörbom 1987):
 * for an extra parameter j, with score {@code g_j = ∂ℓ/∂θ_j} at the estimates and the information of
 * the extended parameter vector, {@code MI = g_j² / V_j} with {@code V_j = I_jj - I_jθ I_θθ⁻¹ I_θj} (a
 * 1-df score test) and {@code EPC = g_j / V_j}. The information is the expected one whatever the
 * fit's own information setting; with missing data (FIML) that of the observed-data likelihood, summed
 * over the missing-data patterns at the implied moments (as lavaan). Extra parameters are, per group, those lavaan's
 * {@code modindices()} considers: loadings of every latent on every observed variable that is not a
 * dependent variable of a regression, covariances among indicators, covariances among latents
 * (residual covariances for dependent latents), regressions among the variables of the structural
 * part, and every fixed parameter of the model (freed at its fixed value); a candidate whose freeing
 * would not be identified ({@code V_j/N} below ε^⅓) has no index, as in lavaan.
 *
 * <p>Releasing an equality constraint (a row sharing its free parameter with an earlier row, e.g. a
 * group-2 loading under {@code group.equal}) is the same score test for the row's own copy written as
 * the common parameter plus a difference d (lavaan's univariate {@code lavTestScore}); its EPC is the
 * expected difference from the common estimate. The multivariate test releases all of them at once:
 * {@code g'V⁻¹g} with V the Schur complement block of all differences.
 */
public final class ModIndices {

    /** lavaan's bound below which an extra parameter counts as not identified (per case). */
    private static final double NOT_IDENTIFIED = Math.cbrt(Math.ulp(1.0));

    private ModIndices() {
    }

    public static List<ModificationIndex> compute(FittedModel fm) {
        List<Parameter> extra = new ArrayList<>(candidates(fm.table()));
        extra.addAll(fixedRows(fm));
        Score s = Score.of(fm, extra);
        if (s == null) {
            return List.of();
        }
        List<ModificationIndex> out = new ArrayList<>();
        for (int j = 0; j < extra.size(); j++) {
            if (!s.identified(j)) {
                continue;
            }
            Parameter p = extra.get(j);
            double epc = s.epc(j);
            double[] scale = scales(fm, p);
            out.add(new ModificationIndex(p.lhs(), p.op(), p.rhs(), p.group(), s.mi(j), epc, epc * scale[0],
                    epc * scale[1]));
        }
        out.sort(Comparator.comparingDouble(ModificationIndex::mi).reversed());
        return List.copyOf(out);
    }

    /** Univariate score tests of releasing each equality constraint, in table order. */
    public static List<ReleasedConstraint> releasedConstraints(FittedModel fm) {
        List<Parameter> released = sharingRows(fm.table());
        if (released.isEmpty()) {
            return List.of();
        }
        Score s = Score.of(fm, released);
        if (s == null) {
            return List.of();
        }
        List<ReleasedConstraint> out = new ArrayList<>();
        for (int j = 0; j < released.size(); j++) {
            Parameter p = released.get(j);
            Parameter first = firstSharing(fm.table(), p);
            double mi = s.identified(j) ? s.mi(j) : Double.NaN;
            double epc = s.identified(j) ? s.epc(j) : Double.NaN;
            double[] scale = scales(fm, p);
            out.add(new ReleasedConstraint(p.lhs(), p.op(), p.rhs(), p.group(), first.group(), mi,
                    Gamma.regularizedGammaQ(0.5, mi / 2), epc, epc * scale[0], epc * scale[1]));
        }
        return List.copyOf(out);
    }

    /** Multivariate score test of releasing all equality constraints at once: {statistic, df}. */
    public static double[] releaseAll(FittedModel fm) {
        List<Parameter> released = sharingRows(fm.table());
        if (released.isEmpty()) {
            return new double[] {0.0, 0.0};
        }
        Score s = Score.of(fm, released);
        return new double[] {s == null ? Double.NaN : s.joint(), released.size()};
    }

    /**
     * The score vector and Schur complement of extra parameters: each extra row either replaces the
     * table row with the same id (a fixed row freed, or a row given its own copy of a shared
     * parameter) or is appended (a new parameter, starting at 0).
     */
    private static final class Score {
        final int q;
        final int c;
        final double[] grad;
        final double[] info;
        final double[] i11inv;
        final double[] v;
        final double n;

        private Score(int q, int c, double[] grad, double[] info, double[] i11inv, double n) {
            this.q = q;
            this.c = c;
            this.grad = grad;
            this.info = info;
            this.i11inv = i11inv;
            this.n = n;
            int qe = q + c;
            v = new double[c * c];
            for (int a = 0; a < c; a++) {
                for (int b = 0; b <= a; b++) {
                    int ja = q + a;
                    int jb = q + b;
                    double val = info[ja * qe + jb];
                    for (int k = 0; k < q; k++) {
                        if (info[ja * qe + k] == 0.0) {
                            continue;
                        }
                        double s = 0;
                        for (int l = 0; l < q; l++) {
                            s += i11inv[k * q + l] * info[l * qe + jb];
                        }
                        val -= info[ja * qe + k] * s;
                    }
                    v[a * c + b] = val;
                    v[b * c + a] = val;
                }
            }
        }

        /** The score tests of {@code extra}, or null when the fitted model's information is singular. */
        static Score of(FittedModel fm, List<Parameter> extra) {
            ParameterTable table = fm.table();
            int q = table.freeCount();
            int c = extra.size();
            List<Parameter> rows = new ArrayList<>(table.rows());
            int tableRows = rows.size();
            double[] fixed = new double[rows.size() + c];
            System.arraycopy(fm.resolvedFixed(), 0, fixed, 0, rows.size());
            for (int i = rows.size(); i < fixed.length; i++) {
                fixed[i] = Double.NaN;
            }
            double[] theta = new double[q + c];
            System.arraycopy(fm.theta(), 0, theta, 0, q);
            int nextId = rows.size();
            for (int j = 0; j < c; j++) {
                Parameter p = extra.get(j);
                Parameter existing = p.id() <= tableRows ? rows.get(p.id() - 1) : null;
                boolean replaces = existing != null && existing.group() == p.group() && existing.op() == p.op()
                        && existing.lhs().equals(p.lhs()) && existing.rhs().equals(p.rhs());
                Parameter freed;
                if (replaces) {
                    freed = new Parameter(p.id(), p.lhs(), p.op(), p.rhs(), p.group(), q + j + 1, Double.NaN, "", false);
                    rows.set(p.id() - 1, freed);
                    theta[q + j] = existing.isFree() ? fm.theta()[existing.free() - 1] : fm.fixedValue(p.id() - 1);
                    fixed[p.id() - 1] = Double.NaN;
                } else {
                    freed = new Parameter(++nextId, p.lhs(), p.op(), p.rhs(), p.group(), q + j + 1, Double.NaN, "",
                            false);
                    rows.add(freed);
                    theta[q + j] = 0.0;
                }
            }
            ParameterTable ext = new ParameterTable(rows, table.observed(), table.latent(), table.groupLabels(),
                    table.meanStructure());
            List<RamModel> models = new ArrayList<>();
            for (int g = 1; g <= ext.groupCount(); g++) {
                models.add(RamModel.compile(ext, g, fixed));
            }
            int qe = q + c;
            Likelihood lik = new Likelihood(models, fm.samples(), qe, fm.fiml());
            double[] grad = new double[qe];
            lik.gradient(theta, grad);
            // always the expected information, also for FIML (summed over the missing-data patterns) and
            // MLR fits, as lavaan's modindices() and lavTestScore()
            double[] info = lik.expectedInformation(theta);
            if (info == null) {
                return null;
            }
            // a released copy θ_c of a shared θ_f is reparameterised as θ_f + d (d = 0 now): then the
            // score of θ_f is the constrained score (0 at the estimates) and d carries the test
            // (g' = T'g, I' = T'IT with T adding d's column to θ_f's)
            for (int j = 0; j < c; j++) {
                Parameter p = extra.get(j);
                if (p.isFree()) {
                    int f = p.free() - 1;
                    int cj = q + j;
                    grad[f] += grad[cj];
                    for (int r = 0; r < qe; r++) {
                        info[r * qe + f] += info[r * qe + cj];
                    }
                }
            }
            for (int j = 0; j < c; j++) {
                Parameter p = extra.get(j);
                if (p.isFree()) {
                    int f = p.free() - 1;
                    int cj = q + j;
                    for (int col = 0; col < qe; col++) {
                        info[f * qe + col] += info[cj * qe + col];
                    }
                }
            }
            double[] i11 = new double[q * q];
            for (int k = 0; k < q; k++) {
                System.arraycopy(info, k * qe, i11, k * q, q);
            }
            double[] i11inv = Dense.inverseSpd(i11, q);
            if (i11inv == null) {
                return null; // the fitted model's information is not positive definite: no score tests
            }
            return new Score(q, c, grad, info, i11inv, fm.totalN());
        }

        boolean identified(int j) {
            return v[j * c + j] / n >= NOT_IDENTIFIED;
        }

        double mi(int j) {
            double g = grad[q + j];
            return g * g / v[j * c + j];
        }

        double epc(int j) {
            return grad[q + j] / v[j * c + j];
        }

        /**
         * g'V⁻g over all extras, with the Moore–Penrose inverse of V (eigenvalues below √ε of the
         * largest dropped, as R's {@code MASS::ginv}): releasing all constraints can leave directions
         * unidentified (e.g. all intercepts and latent means), along which the score vanishes.
         */
        double joint() {
            EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(Dense.unflatten(v, c), false));
            double[] values = eig.getRealEigenvalues();
            double max = 0;
            for (double x : values) {
                max = Math.max(max, Math.abs(x));
            }
            double[] inv = new double[c * c];
            for (int e = 0; e < c; e++) {
                if (values[e] <= Math.sqrt(Math.ulp(1.0)) * max) {
                    continue;
                }
                double[] vec = eig.getEigenvector(e).toArray();
                for (int a = 0; a < c; a++) {
                    for (int b = 0; b < c; b++) {
                        inv[a * c + b] += vec[a] * vec[b] / values[e];
                    }
                }
            }
            double s = 0;
            for (int a = 0; a < c; a++) {
                for (int b = 0; b < c; b++) {
                    s += grad[q + a] * inv[a * c + b] * grad[q + b];
                }
            }
            return s;
        }
    }

    /** {std.lv factor, std.all factor} for an extra parameter, from the model's current variances. */
    private static double[] scales(FittedModel fm, Parameter p) {
        ParameterTable table = fm.table();
        ImpliedMoments mom = new ImpliedMoments(fm.models().get(p.group() - 1), table.freeCount());
        mom.compute(fm.theta());
        int n = mom.n();
        int np = mom.p();
        List<String> names = new ArrayList<>(table.observed());
        names.addAll(table.latent());
        int a = names.indexOf(p.lhs());
        double[] t = mom.allCovariance();
        double sdA = Math.sqrt(t[a * n + a]);
        double lvA = a < np ? 1.0 : sdA;
        if (p.op() == Operator.INTERCEPT) {
            return new double[] {1.0 / lvA, 1.0 / sdA};
        }
        int b = names.indexOf(p.rhs());
        double[] s = mom.sMatrix();
        double sdB = Math.sqrt(t[b * n + b]);
        double lvB = b < np ? 1.0 : sdB;
        return switch (p.op()) {
            case LOADING -> new double[] {lvA / lvB, sdA / sdB};
            case REGRESSION -> new double[] {lvB / lvA, sdB / sdA};
            default -> {
                if (a == b) {
                    yield new double[] {1.0 / (lvA * lvA), 1.0 / (sdA * sdA)};
                }
                double ra = Math.sqrt(s[a * n + a]);
                double rb = Math.sqrt(s[b * n + b]);
                yield new double[] {1.0 / ((a < np ? 1.0 : ra) * (b < np ? 1.0 : rb)), 1.0 / (ra * rb)};
            }
        };
    }

    /** Candidate parameters not in the table (lavaan's "full" parameter table), numbered after it. */
    static List<Parameter> candidates(ParameterTable table) {
        List<Parameter> out = new ArrayList<>();
        int id = table.rows().size();
        List<String> lat = table.latent();
        for (int g = 1; g <= table.groupCount(); g++) {
            List<String> ovNox = observedNotFixedX(table, g);
            Set<String> indicators = new LinkedHashSet<>();
            Set<String> dependents = new LinkedHashSet<>();
            Set<String> structural = new LinkedHashSet<>();
            for (Parameter p : table.groupRows(g)) {
                if (p.op() == Operator.LOADING) {
                    indicators.add(p.rhs());
                } else if (p.op() == Operator.REGRESSION) {
                    dependents.add(p.lhs());
                    structural.add(p.lhs());
                    structural.add(p.rhs());
                }
            }
            for (String lv : lat) {
                for (String ov : ovNox) {
                    if (!dependents.contains(ov) && table.find(lv, Operator.LOADING, ov, g) == null) {
                        out.add(candidate(++id, lv, Operator.LOADING, ov, g));
                    }
                }
            }
            for (int i = 0; i < ovNox.size(); i++) {
                for (int j = i + 1; j < ovNox.size(); j++) {
                    String a = ovNox.get(i);
                    String b = ovNox.get(j);
                    if (indicators.contains(a) && indicators.contains(b)
                            && table.find(a, Operator.COVARIANCE, b, g) == null) {
                        out.add(candidate(++id, a, Operator.COVARIANCE, b, g));
                    }
                }
            }
            for (int i = 0; i < lat.size(); i++) {
                for (int j = i + 1; j < lat.size(); j++) {
                    if (table.find(lat.get(i), Operator.COVARIANCE, lat.get(j), g) == null) {
                        out.add(candidate(++id, lat.get(i), Operator.COVARIANCE, lat.get(j), g));
                    }
                }
            }
            for (String y : structural) {
                for (String x : structural) {
                    boolean loadingDirection = indicators.contains(y) && lat.contains(x);
                    if (!y.equals(x) && !loadingDirection && table.find(y, Operator.REGRESSION, x, g) == null) {
                        out.add(candidate(++id, y, Operator.REGRESSION, x, g));
                    }
                }
            }
        }
        return out;
    }

    private static Parameter candidate(int id, String lhs, Operator op, String rhs, int g) {
        return new Parameter(id, lhs, op, rhs, g, 0, 0.0, "", false);
    }

    /** Fixed rows of the model (markers, fixed means, user-fixed values), not fixed.x sample moments. */
    private static List<Parameter> fixedRows(FittedModel fm) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : fm.table().rows()) {
            boolean modelRow = p.op() == Operator.LOADING || p.op() == Operator.REGRESSION
                    || p.op() == Operator.COVARIANCE || p.op() == Operator.INTERCEPT;
            if (p.group() > 0 && modelRow && !p.isFree() && !Double.isNaN(p.value())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Rows whose free parameter is shared with an earlier row (equality constraints). */
    private static List<Parameter> sharingRows(ParameterTable table) {
        List<Parameter> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (Parameter p : table.rows()) {
            if (p.isFree() && p.group() > 0 && !seen.add(p.free())) {
                out.add(p);
            }
        }
        return out;
    }

    private static Parameter firstSharing(ParameterTable table, Parameter p) {
        for (Parameter r : table.rows()) {
            if (r.free() == p.free()) {
                return r;
            }
        }
        throw new IllegalStateException("no row for free parameter " + p.free());
    }

    private static List<String> observedNotFixedX(ParameterTable table, int g) {
        List<String> out = new ArrayList<>();
        for (String ov : table.observed()) {
            Parameter var = table.find(ov, Operator.COVARIANCE, ov, g);
            boolean fixedX = var != null && !var.isFree() && Double.isNaN(var.value());
            if (!fixedX) {
                out.add(ov);
            }
        }
        return out;
    }
}
