package org.synergos.analysis.pls.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.pls.core.Blindfolding;
import org.synergos.analysis.pls.core.BlindfoldingResult;
import org.synergos.analysis.pls.core.BootstrapResult;
import org.synergos.analysis.pls.core.IndicatorPrediction;
import org.synergos.analysis.pls.core.InnerWeighting;
import org.synergos.analysis.pls.core.MissingDataTreatment;
import org.synergos.analysis.pls.core.NonConvergenceException;
import org.synergos.analysis.pls.core.PlsBootstrap;
import org.synergos.analysis.pls.core.PlsEstimator;
import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.core.PlsPredict;
import org.synergos.analysis.pls.core.PlsPredictBenchmark;
import org.synergos.analysis.pls.core.PlsPredictSettings;
import org.synergos.analysis.pls.core.PlsPredictTechnique;
import org.synergos.analysis.pls.core.PlsResult;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.matrix.MatrixData;
import org.synergos.model.Framework;

/**
 * PLS-SEM reported the SmartPLS way: measurement model (loadings, weights, reliability, AVE), discriminant
 * validity (Fornell–Larcker, HTMT), collinearity (VIF), structural model with bootstrapped β, t, p and
 * confidence intervals, specific indirect effects of the mediation hypotheses, R², f², Q² and SRMR.
 *
 * <p>A matrix file (correlations or covariances with n; {@link MatrixData}) is estimated from its
 * correlations, which is all PLS uses ({@link PlsMatrixInput}): every estimate and quality criterion, without
 * what needs the cases (bootstrap, blindfolding, PLSpredict, construct scores, missing-data treatment).
 */
@Component(service = AnalysisEngine.class, property = { AnalysisEngine.ENGINE_ID + "=" + PlsEngine.ID,
        AnalysisEngine.SUMMARY_DATA + ":Boolean=true" })
public final class PlsEngine implements AnalysisEngine {

    public static final String ID = "pls-sem";

    static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "PLS-SEM", "0.1.0",
            "Partial least squares path modelling (PLS and consistent PLSc) with bootstrap inference, "
                    + "quality criteria (alpha, rhoA, rhoC, AVE, Fornell–Larcker, HTMT, VIF, f², R², Q², SRMR).",
            List.of(ParameterDescriptor.choice("weighting", "Inner weighting", "inner weighting scheme", "path",
                    "path", "factorial", "centroid"),
                    ParameterDescriptor.flag("consistent", "Consistent PLS (PLSc)",
                            "estimate reflective constructs consistently (Dijkstra & Henseler 2015)", false),
                    ParameterDescriptor.integer("bootstrap", "Bootstrap resamples", "0 = no bootstrap; else at least 2", 5000, 0,
                            100000),
                    ParameterDescriptor.integer("seed", "Seed", "random seed of the bootstrap", 20250314, 0,
                            Long.MAX_VALUE),
                    ParameterDescriptor.decimal("confidence", "Confidence level", "of bootstrap intervals", 0.95, 0.5,
                            0.999),
                    ParameterDescriptor.choice("missing", "Missing data", "listwise deletion or mean replacement",
                            "listwise", "listwise", "mean"),
                    ParameterDescriptor.integer("blindfolding", "Blindfolding omission distance",
                            "Q² by blindfolding; 0 = off", 7, 0, 100),
                    ParameterDescriptor.integer("plspredict-folds", "PLSpredict folds",
                            "k of the k-fold PLSpredict (10 repetitions); 0 = off", 10, 0, 100),
                    ParameterDescriptor.choice("plspredict-technique", "PLSpredict technique",
                            "predict an endogenous construct from its direct antecedents (seminr's default) or "
                                    + "from the exogenous constructs (earliest antecedents)",
                            PlsPredictTechnique.DIRECT_ANTECEDENTS.id(), PlsPredictTechnique.DIRECT_ANTECEDENTS.id(),
                            PlsPredictTechnique.EARLIEST_ANTECEDENTS.id()),
                    ParameterDescriptor.choice("plspredict-benchmark", "PLSpredict LM benchmark",
                            "regress on the indicators the technique predicts from, or on every indicator "
                                    + "outside the construct (seminr 2.3.2)",
                            PlsPredictBenchmark.ANTECEDENT_INDICATORS.id(),
                            PlsPredictBenchmark.ANTECEDENT_INDICATORS.id(), PlsPredictBenchmark.ALL_OTHER_INDICATORS.id()),
                    ParameterDescriptor.integer("max-iterations", "Maximum iterations", "of the PLS algorithm", 300, 1,
                            100000),
                    ParameterDescriptor.decimal("tolerance", "Stop criterion",
                            "sum of absolute outer-weight changes", 1e-7, 1e-15, 1e-2)));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (!(input.model().orElse(null) instanceof Framework framework)) {
            return Applicability.notApplicable("needs a Synergos model with constructs, indicators and paths");
        }
        List<String> reasons = new ArrayList<>();
        if (input.data().isEmpty()) {
            reasons.add("needs a data source bound to the model");
        }
        try {
            PlsModelMapping mapping = PlsModelMapping.of(framework, false);
            input.data().ifPresent(data -> mapping.columns().stream().filter(c -> !data.hasColumn(c))
                    .forEach(c -> reasons.add("indicator column '" + c + "' is missing from " + data.describe())));
            input.data().filter(MatrixData::isMatrixData).ifPresent(data -> PlsMatrixInput.groupColumns(data)
                    .forEach(c -> reasons.add(PlsMatrixInput.groupColumnReason(data, c))));
        } catch (IllegalArgumentException e) {
            reasons.add(e.getMessage());
        }
        return reasons.isEmpty() ? Applicability.ok() : Applicability.notApplicable(reasons);
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Framework framework = (Framework) request.input().model().orElseThrow();
        Dataset data = request.input().data().orElseThrow();
        Parameters parameters = request.parameters();
        PlsOptions options = options(parameters);
        PlsModelMapping mapping = PlsModelMapping.of(framework, options.consistent());
        if (MatrixData.isMatrixData(data)) {
            return runOnMatrix(data, parameters, options, mapping, monitor);
        }
        double[][] rows;
        try {
            rows = data.numericRows(mapping.columns());
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage());
        }
        try {
            monitor.begin("PLS estimation", 1);
            PlsResult estimate = PlsEstimator.estimate(rows, mapping.columns(), mapping.model(), options);
            monitor.worked(1);
            BootstrapResult bootstrap = null;
            if (parameters.integer("bootstrap") > 0) {
                monitor.begin("bootstrap (" + options.bootstrapResamples() + " resamples)", options.bootstrapResamples());
                int[] reported = { 0 };
                bootstrap = PlsBootstrap.run(rows, mapping.columns(), mapping.model(), options, (done, total) -> {
                    synchronized (reported) {
                        monitor.worked(done - reported[0]);
                        reported[0] = done;
                    }
                }, monitor::isCancelled);
            }
            BlindfoldingResult blindfolding = blindfolding(rows, mapping, options, parameters, monitor);
            PlsPredictSettings predictSettings = predictSettings(parameters);
            List<IndicatorPrediction> predictions = predictSettings == null || mapping.model().paths().isEmpty() ? null
                    : predictions(rows, mapping, options, predictSettings, monitor);
            AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
            new PlsTables(mapping, estimate, bootstrap, blindfolding, predictSettings, predictions).addTo(result);
            new PlsOverlays(mapping, estimate, bootstrap).addTo(result);
            estimate.warnings().forEach(warning -> result.message(Message.warning(warning, "")));
            if (bootstrap != null && bootstrap.degenerateDraws() > 0) {
                result.message(Message.warning(bootstrap.degenerateDraws() + " of " + bootstrap.requestedDraws()
                        + " bootstrap resamples were degenerate and left out: " + bootstrap.degenerateCauses(), ""));
            }
            return result.provenance("software", "Synergos PLS-SEM " + DESCRIPTOR.version())
                    .provenance("algorithm", options.consistent() ? "consistent PLS (PLSc)" : "PLS path algorithm")
                    .provenance("n", estimate.observations()).provenance("iterations", estimate.iterations())
                    .provenance(parameters.asMap()).build();
        } catch (NonConvergenceException e) {
            throw new AnalysisException("PLS did not converge: " + e.getMessage()
                    + " (raise max-iterations or check the indicators' variances)", null, e);
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(e.getMessage(), null, e);
        } catch (CancellationException e) {
            throw e;
        }
    }

    /** Estimates from a matrix file's correlations; refuses what needs the cases when it is asked for. */
    private static AnalysisResult runOnMatrix(Dataset data, Parameters parameters, PlsOptions options,
            PlsModelMapping mapping, AnalysisMonitor monitor) throws AnalysisException {
        List<Message> notes = PlsMatrixInput.checkParameters(data, parameters);
        PlsMatrixInput matrix = PlsMatrixInput.read(data);
        try {
            monitor.begin("PLS estimation from a matrix", 1);
            PlsResult estimate = matrix.estimate(mapping.model(), options);
            monitor.worked(1);
            AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
            new PlsTables(mapping, estimate, null, null, null, null).addTo(result);
            new PlsOverlays(mapping, estimate, null).addTo(result);
            notes.forEach(result::message);
            estimate.warnings().forEach(warning -> result.message(Message.warning(warning, "")));
            return result.provenance("software", "Synergos PLS-SEM " + DESCRIPTOR.version())
                    .provenance("algorithm", options.consistent() ? "consistent PLS (PLSc)" : "PLS path algorithm")
                    .provenance("n", estimate.observations()).provenance("iterations", estimate.iterations())
                    .provenance(parameters.asMap()).provenance("data", matrix.describe()).build();
        } catch (NonConvergenceException e) {
            throw new AnalysisException("PLS did not converge: " + e.getMessage()
                    + " (raise max-iterations or check the indicators' variances)", null, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new AnalysisException(data.describe() + ": " + e.getMessage(), null, e);
        }
    }

    private static BlindfoldingResult blindfolding(double[][] rows, PlsModelMapping mapping, PlsOptions options,
            Parameters parameters, AnalysisMonitor monitor) {
        int distance = (int) parameters.integer("blindfolding");
        if (distance <= 0) {
            return null;
        }
        monitor.begin("blindfolding (D = " + distance + ")", 1);
        BlindfoldingResult result = Blindfolding.run(rows, mapping.columns(), mapping.model(), options, distance);
        monitor.worked(1);
        return result;
    }

    /** Null when PLSpredict is off ({@code plspredict-folds = 0}). */
    private static PlsPredictSettings predictSettings(Parameters parameters) {
        int folds = (int) parameters.integer("plspredict-folds");
        if (folds <= 0) {
            return null;
        }
        return PlsPredictSettings.defaults()
                .withTechnique(PlsPredictTechnique.of(parameters.text("plspredict-technique")))
                .withBenchmark(PlsPredictBenchmark.of(parameters.text("plspredict-benchmark")))
                .withFolds(folds, PlsPredictSettings.DEFAULT_REPETITIONS);
    }

    private static List<IndicatorPrediction> predictions(double[][] rows, PlsModelMapping mapping, PlsOptions options,
            PlsPredictSettings settings, AnalysisMonitor monitor) {
        monitor.begin("PLSpredict (" + settings.technique().id() + ", " + settings.folds() + " folds × "
                + settings.repetitions() + ")", 1);
        List<IndicatorPrediction> predictions = PlsPredict.run(rows, mapping.columns(), mapping.model(), options,
                settings);
        monitor.worked(1);
        return predictions;
    }

    private static PlsOptions options(Parameters parameters) {
        PlsOptions.Builder options = PlsOptions.builder();
        int draws = (int) parameters.integer("bootstrap");
        if (draws > 0) {
            options.bootstrapResamples(draws);
        }
        return options
                .innerWeighting(InnerWeighting.valueOf(parameters.text("weighting").toUpperCase(java.util.Locale.ROOT)))
                .consistent(parameters.flag("consistent"))
                .seed(parameters.integer("seed"))
                .confidenceLevel(parameters.decimal("confidence"))
                .missingData(parameters.text("missing").equals("mean") ? MissingDataTreatment.MEAN_REPLACEMENT
                        : MissingDataTreatment.LISTWISE)
                .maxIterations((int) parameters.integer("max-iterations"))
                .tolerance(parameters.decimal("tolerance")).build();
    }
}
