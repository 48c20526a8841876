package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.synergos.analysis.cbsem.core.ModificationIndex;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.InformationMatrices;
import org.synergos.analysis.cbsem.internal.estimate.Likelihood;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;
import org.synergos.analysis.cbsem.internal.model.RamModel;

/**
 * Modification indices and expected parameter changes (Sörbom 1989; Saris, Satorra &amp; Sörbom 1987):
 * for a fixed parameter j, with score {@code g_j = ∂ℓ/∂θ_j} at the estimates and the information of
 * the extended parameter vector, {@code MI = g_j² / (I_jj - I_jθ I_θθ⁻¹ I_θj)} (a 1-df score test)
 * and {@code EPC = g_j / (I_jj - I_jθ I_θθ⁻¹ I_θj)}. Candidates as lavaan's {@code modindices()}:
 * cross-loadings, covariances among observed residuals and among latents, paths among latents.
 */
public final class ModIndices {

    private ModIndices() {
    }

    public static List<ModificationIndex> compute(FittedModel fm) {
        ParameterTable table = fm.table();
        int q = table.freeCount();
        List<Parameter> extra = candidates(table);
        int c = extra.size();
        if (c == 0) {
            return List.of();
        }
        ParameterTable ext = table.withRows(extra);
        double[] fixed = new double[ext.rows().size()];
        System.arraycopy(fm.resolvedFixed(), 0, fixed, 0, table.rows().size());
        for (int i = table.rows().size(); i < fixed.length; i++) {
            fixed[i] = Double.NaN;
        }
        List<RamModel> models = new ArrayList<>();
        for (int g = 1; g <= ext.groupCount(); g++) {
            models.add(RamModel.compile(ext, g, fixed));
        }
        int qe = q + c;
        Likelihood lik = new Likelihood(models, fm.samples(), qe, fm.fiml());
        double[] theta = new double[qe];
        System.arraycopy(fm.theta(), 0, theta, 0, q);
        double[] grad = new double[qe];
        double[] info = new double[qe * qe];
        lik.evaluate(theta, grad, info);
        if (fm.fiml()) {
            info = InformationMatrices.observed(lik, theta);
        }
        double[] i11 = new double[q * q];
        for (int k = 0; k < q; k++) {
            System.arraycopy(info, k * qe, i11, k * q, q);
        }
        double[] i11inv = Dense.inverseSpd(i11, q);
        if (i11inv == null) {
            return List.of();
        }
        List<ModificationIndex> out = new ArrayList<>();
        for (int j = 0; j < c; j++) {
            int jj = q + j;
            double v = info[jj * qe + jj];
            for (int k = 0; k < q; k++) {
                double s = 0;
                for (int l = 0; l < q; l++) {
                    s += i11inv[k * q + l] * info[l * qe + jj];
                }
                v -= info[jj * qe + k] * s;
            }
            Parameter p = extra.get(j);
            if (!(v > 1e-10 * Math.max(1.0, info[jj * qe + jj]))) {
                continue;
            }
            double mi = grad[jj] * grad[jj] / v;
            double epc = grad[jj] / v;
            double[] scale = scales(fm, p);
            out.add(new ModificationIndex(p.lhs(), p.op(), p.rhs(), p.group(), mi, epc, epc * scale[0],
                    epc * scale[1]));
        }
        out.sort(Comparator.comparingDouble(ModificationIndex::mi).reversed());
        return List.copyOf(out);
    }

    /** {std.lv factor, std.all factor} for a candidate, from the model's current variances. */
    private static double[] scales(FittedModel fm, Parameter p) {
        ParameterTable table = fm.table();
        ImpliedMoments mom = new ImpliedMoments(fm.models().get(p.group() - 1), table.freeCount());
        mom.compute(fm.theta());
        int n = mom.n();
        int np = mom.p();
        List<String> names = new ArrayList<>(table.observed());
        names.addAll(table.latent());
        int a = names.indexOf(p.lhs());
        int b = names.indexOf(p.rhs());
        double[] t = mom.allCovariance();
        double[] s = mom.sMatrix();
        double sdA = Math.sqrt(t[a * n + a]);
        double sdB = Math.sqrt(t[b * n + b]);
        double lvA = a < np ? 1.0 : sdA;
        double lvB = b < np ? 1.0 : sdB;
        return switch (p.op()) {
            case LOADING -> new double[] {lvA / lvB, sdA / sdB};
            case REGRESSION -> new double[] {lvB / lvA, sdB / sdA};
            default -> {
                double ra = Math.sqrt(s[a * n + a]);
                double rb = Math.sqrt(s[b * n + b]);
                yield new double[] {1.0 / ((a < np ? 1.0 : ra) * (b < np ? 1.0 : rb)), 1.0 / (ra * rb)};
            }
        };
    }

    /** Candidate fixed-at-zero parameters not in the table, numbered after the free parameters. */
    static List<Parameter> candidates(ParameterTable table) {
        List<Parameter> out = new ArrayList<>();
        int id = table.rows().size();
        int free = table.freeCount();
        List<String> obs = table.observed();
        List<String> lat = table.latent();
        for (int g = 1; g <= table.groupCount(); g++) {
            for (String lv : lat) {
                for (String ov : obs) {
                    if (table.find(lv, Operator.LOADING, ov, g) == null && isIndicator(table, ov, g)) {
                        out.add(new Parameter(++id, lv, Operator.LOADING, ov, g, ++free, 0.0, "", false));
                    }
                }
            }
            for (int i = 0; i < obs.size(); i++) {
                for (int j = i + 1; j < obs.size(); j++) {
                    if (table.find(obs.get(i), Operator.COVARIANCE, obs.get(j), g) == null) {
                        out.add(new Parameter(++id, obs.get(i), Operator.COVARIANCE, obs.get(j), g, ++free, 0.0, "",
                                false));
                    }
                }
            }
            for (int i = 0; i < lat.size(); i++) {
                for (int j = 0; j < lat.size(); j++) {
                    String y = lat.get(i);
                    String x = lat.get(j);
                    if (i != j && table.find(y, Operator.REGRESSION, x, g) == null
                            && table.find(x, Operator.REGRESSION, y, g) == null) {
                        out.add(new Parameter(++id, y, Operator.REGRESSION, x, g, ++free, 0.0, "", false));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isIndicator(ParameterTable table, String ov, int g) {
        for (Parameter p : table.groupRows(g)) {
            if (p.op() == Operator.LOADING && p.rhs().equals(ov)) {
                return true;
            }
        }
        return false;
    }
}
