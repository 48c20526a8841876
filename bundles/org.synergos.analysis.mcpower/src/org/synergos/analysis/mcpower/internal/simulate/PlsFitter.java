package org.synergos.analysis.mcpower.internal.simulate;

import java.util.List;
import java.util.SplittableRandom;

import org.synergos.analysis.pls.core.BootstrapResult;
import org.synergos.analysis.pls.core.BootstrapStatistic;
import org.synergos.analysis.pls.core.ParameterKind;
import org.synergos.analysis.pls.core.PlsBootstrap;
import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.core.ProgressListener;

/**
 * Each replication estimated by the PLS core as {@code pls-sem} estimates (path weighting, PLS or PLSc) and
 * tested as SmartPLS and seminr test: a bootstrap of {@code draws} resamples (seeded from the replication's own
 * stream, one thread), the target significant when the bootstrap t = estimate / bootstrap SD has a two-sided p
 * (Student t, draws − 1 df) below α; the CI for coverage is the 95% percentile interval. Efron &amp;
 * Tibshirani (1993, §6.4) find that very seldom are more than 200 draws needed to estimate a standard error,
 * which is what the t test uses; the default of the engine is 200.
 */
public final class PlsFitter implements ReplicationFitter {

    private final List<String> indicators;
    private final PlsModel model;
    private final List<Target> targets;
    private final double alpha;
    private final int draws;
    private final boolean consistent;

    public PlsFitter(PlsModel model, List<String> indicators, List<Target> targets, double alpha, int draws,
            boolean consistent) {
        this.model = model;
        this.indicators = List.copyOf(indicators);
        this.targets = List.copyOf(targets);
        this.alpha = alpha;
        this.draws = draws;
        this.consistent = consistent;
    }

    @Override
    public Fit fit(double[][] data, SplittableRandom random) {
        PlsOptions options = PlsOptions.builder().consistent(consistent).bootstrapResamples(draws)
                .seed(random.nextLong()).threads(1).confidenceLevel(0.95).build();
        BootstrapResult result;
        try {
            result = PlsBootstrap.run(data, indicators, model, options, ProgressListener.none(), () -> false);
        } catch (RuntimeException e) {
            // NonConvergenceException, or a singular / inadmissible solution (IllegalStateException)
            return Fit.failed("estimation failed");
        }
        int k = targets.size();
        double[] est = new double[k];
        double[] se = new double[k];
        boolean[] sig = new boolean[k];
        double[] lower = new double[k];
        double[] upper = new double[k];
        for (int t = 0; t < k; t++) {
            Target target = targets.get(t);
            BootstrapStatistic s = result.statistic(target.isPath() ? ParameterKind.PATH
                    : ParameterKind.SPECIFIC_INDIRECT_EFFECT, target.chainLabel());
            if (!(s.standardDeviation() > 0)) {
                return Fit.failed("bootstrap standard deviation is 0");
            }
            est[t] = s.original();
            se[t] = s.standardDeviation();
            sig[t] = s.pValue() < alpha;
            lower[t] = s.percentileLower();
            upper[t] = s.percentileUpper();
        }
        return new Fit(est, se, sig, lower, upper, null);
    }
}
