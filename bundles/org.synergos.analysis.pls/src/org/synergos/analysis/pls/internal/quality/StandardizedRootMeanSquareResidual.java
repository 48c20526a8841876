package org.synergos.analysis.pls.internal.quality;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.synergos.analysis.pls.core.Measurement;
import org.synergos.analysis.pls.core.SrmrForm;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * SRMR: {@code √( Σ_{a≥b} (s_ab − σ̂_ab)² / (p(p+1)/2) )} between the observed indicator correlations S and
 * the model-implied Σ̂ (Hu &amp; Bentler 1999; the PLS use follows Henseler et al. 2014 and cSEM 0.6.1).
 *
 * <p>Implied construct correlations (the structural model is not assumed saturated): exogenous constructs
 * keep their estimated correlations Φ; with Γ (endogenous × exogenous) and B (endogenous × endogenous)
 * path coefficients and {@code Ψ = diag(1 − R²)}, {@code Σ_xη = ΦΓᵀ(I−B)⁻ᵀ} and
 * {@code Σ_ηη = (I−B)⁻¹(ΓΦΓᵀ + Ψ)(I−B)⁻ᵀ} with its diagonal set to 1. Indicator level: between blocks
 * {@code λ_a ρ_kl λ_b}; within a common-factor block {@code λ_a λ_b}, within a composite block the observed
 * {@code s_ab}; unit diagonal. See {@link SrmrForm} for which blocks are treated how.
 */
public final class StandardizedRootMeanSquareResidual {

    private StandardizedRootMeanSquareResidual() {
    }

    /**
     * @param s observed indicator correlations (p×p)
     * @param constructCorrelations estimated construct correlations used by the structural model (k×k)
     * @param paths path coefficients {@code [from * k + to]}
     * @param loadings loadings per indicator
     */
    public static double compute(double[] s, CompiledModel m, double[] constructCorrelations, double[] paths,
            double[] rSquared, double[] loadings, SrmrForm form) {
        double[][] rho = impliedConstructCorrelations(m, constructCorrelations, paths, rSquared);
        int p = m.indicatorCount;
        double sum = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                int ka = m.blockOf[a];
                int kb = m.blockOf[b];
                double implied;
                if (ka == kb && isComposite(m.measurement[ka], form)) {
                    implied = s[a * p + b];
                } else {
                    implied = loadings[a] * (ka == kb ? 1.0 : rho[ka][kb]) * loadings[b];
                }
                double r = s[a * p + b] - implied;
                sum += r * r;
            }
        }
        return Math.sqrt(sum / (p * (p + 1) / 2.0));
    }

    private static boolean isComposite(Measurement measurement, SrmrForm form) {
        return switch (form) {
            case COMMON_FACTOR -> false;
            case COMPOSITE -> true;
            case AS_SPECIFIED -> measurement != Measurement.REFLECTIVE;
        };
    }

    /** Construct correlations implied by the structural model, as described in the class comment. */
    public static double[][] impliedConstructCorrelations(CompiledModel m, double[] c, double[] paths,
            double[] rSquared) {
        int k = m.constructCount;
        int[] endo = m.endogenous;
        int[] exo = java.util.stream.IntStream.range(0, k).filter(j -> m.predecessors[j].length == 0).toArray();
        int ne = endo.length;
        int nx = exo.length;
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] = c[i * k + j];
            }
        }
        if (ne == 0) {
            return out;
        }
        RealMatrix b = new Array2DRowRealMatrix(ne, ne);
        RealMatrix gamma = new Array2DRowRealMatrix(ne, Math.max(nx, 1));
        RealMatrix phi = new Array2DRowRealMatrix(Math.max(nx, 1), Math.max(nx, 1));
        RealMatrix psi = new Array2DRowRealMatrix(ne, ne);
        for (int r = 0; r < ne; r++) {
            for (int q = 0; q < ne; q++) {
                b.setEntry(r, q, paths[endo[q] * k + endo[r]]);
            }
            for (int q = 0; q < nx; q++) {
                gamma.setEntry(r, q, paths[exo[q] * k + endo[r]]);
            }
            psi.setEntry(r, r, 1 - rSquared[endo[r]]);
        }
        for (int r = 0; r < nx; r++) {
            for (int q = 0; q < nx; q++) {
                phi.setEntry(r, q, c[exo[r] * k + exo[q]]);
            }
        }
        RealMatrix inv = new LUDecomposition(MatrixUtils.createRealIdentityMatrix(ne).subtract(b)).getSolver().getInverse();
        RealMatrix exoEndo = phi.multiply(gamma.transpose()).multiply(inv.transpose());
        RealMatrix endoEndo = inv.multiply(gamma.multiply(phi).multiply(gamma.transpose()).add(psi))
                .multiply(inv.transpose());
        for (int r = 0; r < ne; r++) {
            for (int q = 0; q < ne; q++) {
                out[endo[r]][endo[q]] = r == q ? 1.0 : endoEndo.getEntry(r, q);
            }
            for (int q = 0; q < nx; q++) {
                out[exo[q]][endo[r]] = exoEndo.getEntry(q, r);
                out[endo[r]][exo[q]] = exoEndo.getEntry(q, r);
            }
        }
        return out;
    }
}
