package org.synergos.analysis.pls.internal.quality;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Direct, indirect and total effects of a recursive structural model with coefficients B
 * ({@code [from * k + to]}): total effects {@code T = B + B² + … = (I − B)⁻¹ − I}, total indirect effects
 * {@code T − B}, and specific indirect effects, the product of the coefficients along every directed
 * chain of at least two paths.
 */
public final class EffectDecomposition {

    /** Maximum number of specific indirect chains enumerated (guards against combinatorial models). */
    public static final int MAX_CHAINS = 100_000;

    private EffectDecomposition() {
    }

    /** Total effects into {@code out} (k×k) using {@code power} (k×k) as scratch. */
    public static void total(double[] b, int k, double[] out, double[] power, double[] scratch) {
        System.arraycopy(b, 0, out, 0, k * k);
        System.arraycopy(b, 0, power, 0, k * k);
        for (int step = 1; step < k; step++) {
            boolean nonZero = false;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    double acc = 0;
                    for (int l = 0; l < k; l++) {
                        acc += power[i * k + l] * b[l * k + j];
                    }
                    scratch[i * k + j] = acc;
                    nonZero |= acc != 0.0;
                }
            }
            if (!nonZero) {
                break;
            }
            System.arraycopy(scratch, 0, power, 0, k * k);
            for (int i = 0; i < k * k; i++) {
                out[i] += power[i];
            }
        }
    }

    /** Total effects of B. */
    public static double[] total(double[] b, int k) {
        double[] out = new double[k * k];
        total(b, k, out, new double[k * k], new double[k * k]);
        return out;
    }

    /** Every directed chain with at least two paths, as construct index sequences, in depth-first order. */
    public static List<int[]> chains(CompiledModel m) {
        List<int[]> chains = new ArrayList<>();
        for (int start = 0; start < m.constructCount; start++) {
            List<Integer> stack = new ArrayList<>();
            stack.add(start);
            extend(m, stack, chains);
        }
        return chains;
    }

    private static void extend(CompiledModel m, List<Integer> stack, List<int[]> chains) {
        int last = stack.get(stack.size() - 1);
        for (int next : m.successors[last]) {
            stack.add(next);
            if (stack.size() >= 3) {
                if (chains.size() >= MAX_CHAINS) {
                    throw new IllegalArgumentException("structural model has more than " + MAX_CHAINS
                            + " indirect chains");
                }
                chains.add(stack.stream().mapToInt(Integer::intValue).toArray());
            }
            extend(m, stack, chains);
            stack.remove(stack.size() - 1);
        }
    }

    /** The product of path coefficients along {@code chain}. */
    public static double along(double[] b, int k, int[] chain) {
        double v = 1.0;
        for (int i = 0; i + 1 < chain.length; i++) {
            v *= b[chain[i] * k + chain[i + 1]];
        }
        return v;
    }
}
