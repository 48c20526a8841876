package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.synergos.analysis.cbsem.core.ParameterTable;

/**
 * The saturated moments of the fixed.x covariates (their means and their covariances among themselves).
 * As lavaan does, their rows and columns of the saturated (H1) information matrices are zero and left
 * out of every inverse, so the Yuan–Bentler and FIML-corrected traces run over the other moments only:
 * the model does not estimate those moments, it takes them from the sample.
 */
final class FixedXMoments {

    private FixedXMoments() {
    }

    /** Which elements of {@code sat}'s (μ, vech Σ) vector are moments of fixed.x covariates only. */
    static boolean[] of(SaturatedInformation sat, ParameterTable table, boolean means) {
        List<Integer> covariates = ExogenousLikelihood.covariates(table);
        boolean[] fixed = new boolean[sat.dim()];
        for (int a : covariates) {
            if (means) {
                fixed[a] = true;
            }
            for (int b : covariates) {
                fixed[sat.sigmaIndex(a, b)] = true;
            }
        }
        return fixed;
    }

    /** Zeroes the rows and columns of {@code fixed} moments of a d×d matrix, in place; returns it. */
    static double[] zeroed(double[] block, int d, boolean[] fixed) {
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                if (fixed[i] || fixed[j]) {
                    block[i * d + j] = 0.0;
                }
            }
        }
        return block;
    }

    /** Number of moments that are not {@code fixed}. */
    static int free(boolean[] fixed) {
        return (int) IntStream.range(0, fixed.length).filter(i -> !fixed[i]).count();
    }

    /** The inverse (by {@code inverse}) of the rows and columns not {@code omitted}, zero elsewhere. */
    static double[] inverseOmitting(double[] a, int n, boolean[] omitted,
            BiFunction<double[], Integer, double[]> inverse) {
        int[] kept = IntStream.range(0, n).filter(i -> !omitted[i]).toArray();
        int k = kept.length;
        double[] sub = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                sub[i * k + j] = a[kept[i] * n + kept[j]];
            }
        }
        double[] inv = inverse.apply(sub, k);
        double[] out = new double[n * n];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[kept[i] * n + kept[j]] = inv[i * k + j];
            }
        }
        return out;
    }
}
