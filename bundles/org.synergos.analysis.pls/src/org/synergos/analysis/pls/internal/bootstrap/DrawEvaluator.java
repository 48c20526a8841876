package org.synergos.analysis.pls.internal.bootstrap;

import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.internal.data.ResampleCorrelations;
import org.synergos.analysis.pls.internal.estimation.KernelState;
import org.synergos.analysis.pls.internal.estimation.PlsKernel;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/** Per-thread evaluator: resample multiplicities → correlation matrix → kernel → parameter vector. */
final class DrawEvaluator {

    private final ResampleCorrelations correlations;
    private final PlsOptions options;
    private final StatisticLayout layout;
    private final KernelState state;
    private final int[] counts;
    private final double[] work;
    private final double[] s;
    private final double[] total;
    private final double[] power;
    private final double[] product;
    private final double[] mono;

    DrawEvaluator(ResampleCorrelations correlations, CompiledModel model, PlsOptions options, StatisticLayout layout) {
        this.correlations = correlations;
        this.options = options;
        this.layout = layout;
        this.state = new KernelState(model);
        int k = model.constructCount;
        counts = new int[correlations.rows()];
        work = correlations.newScratch();
        s = new double[correlations.columns() * correlations.columns()];
        total = new double[k * k];
        power = new double[k * k];
        product = new double[k * k];
        mono = new double[k];
    }

    DrawStatus evaluate(ResampleSource source, int draw, double[] out) {
        source.fill(draw, counts);
        if (!correlations.compute(counts, work, s)) {
            return DrawStatus.ZERO_VARIANCE_INDICATOR;
        }
        DrawStatus status = switch (PlsKernel.run(s, state, options)) {
            case OK -> DrawStatus.OK;
            case NOT_CONVERGED -> DrawStatus.NOT_CONVERGED;
            case SINGULAR -> DrawStatus.SINGULAR;
            case INADMISSIBLE -> DrawStatus.INADMISSIBLE;
        };
        if (status == DrawStatus.OK) {
            layout.extract(state, s, out, total, power, product, mono);
            for (int i = 0; i < layout.size(); i++) {
                if (!Double.isFinite(out[i])) {
                    return DrawStatus.INADMISSIBLE;
                }
            }
        }
        return status;
    }
}
