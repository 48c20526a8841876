package org.synergos.analysis.pls.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.synergos.analysis.pls.internal.bootstrap.DrawStatus;
import org.synergos.analysis.pls.internal.bootstrap.IntervalStatistics;
import org.synergos.analysis.pls.internal.bootstrap.ParallelDraws;
import org.synergos.analysis.pls.internal.bootstrap.ResampleSource;
import org.synergos.analysis.pls.internal.bootstrap.StatisticLayout;
import org.synergos.analysis.pls.internal.data.DataPreparation;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Nonparametric bootstrap of a PLS path model: each resample draws n rows with replacement from the
 * rows used by the full-sample estimation and re-estimates the model (seminr 2.3.2
 * {@code bootstrap_model}). Draw b uses its own random generator derived from ({@code seed}, b), so results
 * are identical for any number of threads. Resamples are evaluated from row multiplicities (weighted
 * moments), never materialised. Summaries: see {@link BootstrapStatistic}; BCa (Efron 1987) uses a
 * delete-one jackknife (delete-a-group with 1000 groups above 1000 rows) for the acceleration.
 */
public final class PlsBootstrap {

    /** Number of jackknife groups for the BCa acceleration when n exceeds it. */
    public static final int JACKKNIFE_GROUPS = 1000;

    private PlsBootstrap() {
    }

    /**
     * Runs {@link PlsOptions#bootstrapResamples()} draws with {@link PlsOptions#seed()} on
     * {@link PlsOptions#threads()} threads.
     *
     * @param cancelled polled between draws; when it turns true the run stops with
     *        {@link java.util.concurrent.CancellationException}
     */
    public static BootstrapResult run(double[][] data, List<String> columnNames, PlsModel model, PlsOptions options,
            ProgressListener progress, BooleanSupplier cancelled) {
        CompiledModel compiled = new CompiledModel(model);
        PreparedData prepared = DataPreparation.prepare(data, columnNames, compiled, options.missingData());
        ResampleSource source = ResampleSource.random(options.seed(), prepared.n, options.bootstrapResamples());
        return execute(prepared, compiled, options, source, progress, cancelled);
    }

    /**
     * Runs the given resamples instead of random ones: {@code resampleRows[b]} holds the 0-based rows (of
     * the data after missing-data treatment) of draw b — e.g. seminr's stored draws, converted from 1-based.
     */
    public static BootstrapResult runOnResamples(double[][] data, List<String> columnNames, PlsModel model,
            PlsOptions options, int[][] resampleRows, ProgressListener progress, BooleanSupplier cancelled) {
        CompiledModel compiled = new CompiledModel(model);
        PreparedData prepared = DataPreparation.prepare(data, columnNames, compiled, options.missingData());
        return execute(prepared, compiled, options, ResampleSource.given(resampleRows, prepared.n), progress,
                cancelled);
    }

    private static BootstrapResult execute(PreparedData prepared, CompiledModel compiled, PlsOptions options,
            ResampleSource source, ProgressListener progress, BooleanSupplier cancelled) {
        PlsResult original = PlsEstimator.estimatePrepared(prepared, compiled, options);
        StatisticLayout layout = new StatisticLayout(compiled);
        ParallelDraws.Outcome full = ParallelDraws.run(prepared, compiled, options, layout,
                ResampleSource.given(new int[][] {identity(prepared.n)}, prepared.n), 1, ProgressListener.none(),
                () -> false);
        double[] originalVector = full.estimates()[0];
        ParallelDraws.Outcome boot = ParallelDraws.run(prepared, compiled, options, layout, source,
                options.threads(), progress, cancelled);
        ParallelDraws.Outcome jack = ParallelDraws.run(prepared, compiled, options, layout,
                ResampleSource.jackknife(prepared.n, JACKKNIFE_GROUPS), options.threads(), ProgressListener.none(),
                cancelled);
        Map<String, Integer> causes = new TreeMap<>();
        for (DrawStatus s : boot.status()) {
            if (s != DrawStatus.OK) {
                causes.merge(s.name(), 1, Integer::sum);
            }
        }
        Map<ParameterKind, List<BootstrapStatistic>> stats = new EnumMap<>(ParameterKind.class);
        Map<ParameterKind, double[][]> draws = new EnumMap<>(ParameterKind.class);
        for (ParameterKind kind : ParameterKind.values()) {
            List<String> labels = layout.labels(kind);
            int off = layout.offset(kind);
            List<BootstrapStatistic> list = new ArrayList<>();
            for (int c = 0; c < labels.size(); c++) {
                list.add(summarize(labels.get(c), originalVector[off + c], IntervalStatistics.column(boot.estimates(),
                        off + c), IntervalStatistics.column(jack.estimates(), off + c), options.confidenceLevel()));
            }
            stats.put(kind, List.copyOf(list));
            double[][] d = new double[boot.estimates().length][labels.size()];
            for (int b = 0; b < d.length; b++) {
                System.arraycopy(boot.estimates()[b], off, d[b], 0, labels.size());
            }
            draws.put(kind, d);
        }
        return new BootstrapResult(original, source.draws(), causes, stats, draws, options.confidenceLevel());
    }

    private static BootstrapStatistic summarize(String label, double original, double[] values, double[] jackknife,
            double level) {
        if (values.length < 2) {
            return new BootstrapStatistic(label, original, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = IntervalStatistics.standardDeviation(values);
        double t = original / sd;
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double alpha = (1 - level) / 2;
        double[] bca = jackknife.length > 2
                ? IntervalStatistics.bca(sorted, original, IntervalStatistics.acceleration(jackknife), level)
                : new double[] {Double.NaN, Double.NaN};
        return new BootstrapStatistic(label, original, IntervalStatistics.mean(values), sd, t,
                IntervalStatistics.twoSidedP(t, values.length), IntervalStatistics.quantile(sorted, alpha),
                IntervalStatistics.quantile(sorted, 1 - alpha), bca[0], bca[1]);
    }

    private static int[] identity(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
