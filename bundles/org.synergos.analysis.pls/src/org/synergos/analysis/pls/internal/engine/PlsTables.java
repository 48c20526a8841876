package org.synergos.analysis.pls.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.pls.core.BlindfoldingResult;
import org.synergos.analysis.pls.core.BootstrapResult;
import org.synergos.analysis.pls.core.BootstrapStatistic;
import org.synergos.analysis.pls.core.ConstructReliability;
import org.synergos.analysis.pls.core.IndicatorPrediction;
import org.synergos.analysis.pls.core.IndirectEffect;
import org.synergos.analysis.pls.core.LabeledMatrix;
import org.synergos.analysis.pls.core.ParameterKind;
import org.synergos.analysis.pls.core.PlsPredictBenchmark;
import org.synergos.analysis.pls.core.PlsPredictSettings;
import org.synergos.analysis.pls.core.PlsPredictTechnique;
import org.synergos.analysis.pls.core.PlsResult;
import org.synergos.analysis.pls.core.SrmrForm;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;

/**
 * The tables of a PLS-SEM report in the order of Hair et al.'s (2022) reporting guidelines:
 * measurement model, discriminant validity, collinearity, structural model, mediation, explanatory and
 * predictive power, model fit.
 */
final class PlsTables {

    private final PlsModelMapping mapping;
    private final PlsResult estimate;
    private final BootstrapResult bootstrap;
    private final BlindfoldingResult blindfolding;
    private final PlsPredictSettings predictSettings;
    private final List<IndicatorPrediction> predictions;

    /**
     * {@code bootstrap}, {@code blindfolding} and {@code predictions} are null when not requested;
     * {@code predictSettings} says how {@code predictions} were made.
     */
    PlsTables(PlsModelMapping mapping, PlsResult estimate, BootstrapResult bootstrap, BlindfoldingResult blindfolding,
            PlsPredictSettings predictSettings, List<IndicatorPrediction> predictions) {
        this.mapping = mapping;
        this.estimate = estimate;
        this.bootstrap = bootstrap;
        this.blindfolding = blindfolding;
        this.predictSettings = predictSettings;
        this.predictions = predictions;
    }

    void addTo(AnalysisResult.Builder result) {
        result.table(outerModel()).table(reliability()).table(crossLoadings())
                .table(matrix("fornell-larcker", "Fornell–Larcker criterion (diagonal: √AVE)", estimate.fornellLarcker()))
                .table(matrix("htmt", "Heterotrait–monotrait ratio (HTMT)", estimate.htmt()))
                .table(matrix("htmt2", "HTMT2 (geometric-mean version)", estimate.htmt2()));
        if (bootstrap != null) {
            result.table(weightInference()).table(htmtInference());
        }
        result.table(structuralModel()).table(indirectEffects()).table(totalEffects()).table(explanatoryPower())
                .table(matrix("f2", "Effect sizes f² (rows: predictors)", estimate.fSquare()))
                .table(matrix("inner-vif", "Inner VIF (rows: predictors)", estimate.innerVif()));
        if (estimate.options().consistent()) {
            result.table(matrix("inner-vif-consistent",
                    "Inner VIF from the disattenuated construct correlations (PLSc, as cSEM; rows: predictors)",
                    estimate.innerVifStructural()));
        }
        if (predictions != null) {
            result.table(predictions());
        }
        result.table(fit());
    }

    private ResultTable predictions() {
        boolean direct = predictSettings.technique() == PlsPredictTechnique.DIRECT_ANTECEDENTS;
        ResultTable.Builder table = ResultTable.builder("plspredict", "PLSpredict: out-of-sample prediction ("
                + (direct ? "direct" : "earliest") + " antecedents)")
                .column(ResultColumn.text("indicator", "Indicator")).column(ResultColumn.text("construct", "Construct"))
                .column(ResultColumn.decimal("q2predict", "Q²predict", 3))
                .column(ResultColumn.decimal("rmse", "PLS RMSE", 3)).column(ResultColumn.decimal("mae", "PLS MAE", 3))
                .column(ResultColumn.decimal("lm.rmse", "LM RMSE", 3)).column(ResultColumn.decimal("lm.mae", "LM MAE", 3));
        for (IndicatorPrediction p : predictions) {
            table.row(mapping.indicatorLabel(p.indicator()), p.construct(), p.plsQ2Predict(), p.plsRmse(), p.plsMae(),
                    p.lmRmse(), p.lmMae());
        }
        String technique = direct
                ? "direct-antecedents technique (each endogenous construct predicted from the hold-out scores of its "
                        + "direct antecedents, as seminr's default)"
                : "earliest-antecedents technique (endogenous constructs predicted from the hold-out scores of the "
                        + "exogenous constructs through the total effects)";
        String benchmark = predictSettings.benchmark() == PlsPredictBenchmark.ALL_OTHER_INDICATORS
                ? "every indicator outside the construct (as seminr 2.3.2)"
                : direct ? "the indicators of the direct antecedents" : "the indicators of the exogenous constructs";
        return table.note(predictSettings.folds() + "-fold cross-validation, " + predictSettings.repetitions()
                + " repetitions (Shmueli et al. 2019), " + technique + "; LM benchmark: OLS of each indicator on "
                + benchmark + ". PLS has predictive power for an indicator when its RMSE is below the LM "
                + "benchmark's.").build();
    }

    private ResultTable outerModel() {
        ResultTable.Builder table = ResultTable.builder("outer-model", "Measurement model: loadings and weights")
                .column(ResultColumn.text("construct", "Construct")).column(ResultColumn.text("indicator", "Indicator"))
                .column(ResultColumn.decimal("loading", "Loading", 3)).column(ResultColumn.decimal("weight", "Weight", 3))
                .column(ResultColumn.decimal("vif", "VIF", 3));
        bootstrapColumns(table, "loading");
        LabeledMatrix loadings = estimate.outerLoadings();
        LabeledMatrix weights = estimate.outerWeights();
        Map<String, Double> vif = estimate.outerVif();
        for (var construct : estimate.model().constructs()) {
            for (String column : construct.indicators()) {
                List<Object> row = new ArrayList<>(List.of(construct.name(), mapping.indicatorLabel(column),
                        loadings.get(column, construct.name()), weights.get(column, construct.name())));
                row.add(vif.get(column));
                addBootstrap(row, ParameterKind.LOADING, column + " -> " + construct.name());
                table.row(row);
            }
        }
        return table.build();
    }

    /** The outer weights with their bootstrap SD, t and CIs (seminr's {@code summary(boot)$bootstrapped_weights}). */
    private ResultTable weightInference() {
        ResultTable.Builder table = ResultTable.builder("outer-weights-bootstrap",
                "Outer weights with bootstrap confidence intervals")
                .column(ResultColumn.text("construct", "Construct")).column(ResultColumn.text("indicator", "Indicator"))
                .column(ResultColumn.decimal("weight", "Weight", 3));
        bootstrapColumns(table, "weight");
        LabeledMatrix weights = estimate.outerWeights();
        for (var construct : estimate.model().constructs()) {
            for (String column : construct.indicators()) {
                List<Object> row = new ArrayList<>(List.of(construct.name(), mapping.indicatorLabel(column),
                        weights.get(column, construct.name())));
                addBootstrap(row, ParameterKind.WEIGHT, column + " -> " + construct.name());
                table.row(row);
            }
        }
        return table.build();
    }

    private ResultTable crossLoadings() {
        LabeledMatrix loadings = estimate.crossLoadings();
        ResultTable.Builder table = ResultTable.builder("cross-loadings", "Cross-loadings")
                .column(ResultColumn.text("indicator", "Indicator"));
        loadings.columnNames().forEach(construct -> table.column(ResultColumn.decimal(construct, construct, 3)));
        for (int r = 0; r < loadings.rows(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(mapping.indicatorLabel(loadings.rowNames().get(r)));
            for (int c = 0; c < loadings.columns(); c++) {
                row.add(loadings.get(r, c));
            }
            table.row(row);
        }
        return table.build();
    }

    private ResultTable htmtInference() {
        ResultTable.Builder table = ResultTable.builder("htmt-bootstrap", "HTMT with bootstrap confidence intervals")
                .column(ResultColumn.text("pair", "Constructs")).column(ResultColumn.decimal("htmt", "HTMT", 3));
        bootstrapColumns(table, "HTMT");
        for (BootstrapStatistic s : bootstrap.htmt()) {
            List<Object> row = new ArrayList<>(List.of(s.label().replace(" -> ", " ↔ "), s.original()));
            addBootstrap(row, ParameterKind.HTMT, s.label());
            table.row(row);
        }
        return table.note("Discriminant validity is supported when the upper bound stays below 0.85 (or 0.90).")
                .build();
    }

    private ResultTable totalEffects() {
        ResultTable.Builder table = ResultTable.builder("total-effects", "Total effects")
                .column(ResultColumn.text("effect", "Effect")).column(ResultColumn.decimal("total", "Total effect", 3));
        bootstrapColumns(table, "total effect");
        LabeledMatrix totals = estimate.totalEffects();
        for (int r = 0; r < totals.rows(); r++) {
            for (int c = 0; c < totals.columns(); c++) {
                double value = totals.get(r, c);
                if (value == 0 || Double.isNaN(value)) {
                    continue;
                }
                String from = totals.rowNames().get(r);
                String to = totals.columnNames().get(c);
                List<Object> row = new ArrayList<>(List.of(from + " → " + to, value));
                addBootstrap(row, ParameterKind.TOTAL_EFFECT, from + " -> " + to);
                table.row(row);
            }
        }
        return table.build();
    }

    private ResultTable reliability() {
        ResultTable.Builder table = ResultTable.builder("reliability", "Construct reliability and validity")
                .column(ResultColumn.text("construct", "Construct"))
                .column(ResultColumn.decimal("alpha", "Cronbach's α", 3)).column(ResultColumn.decimal("rhoA", "ρA", 3))
                .column(ResultColumn.decimal("rhoC", "ρC (CR)", 3)).column(ResultColumn.decimal("ave", "AVE", 3));
        for (Map.Entry<String, ConstructReliability> entry : estimate.reliability().entrySet()) {
            ConstructReliability r = entry.getValue();
            table.row(entry.getKey(), r.alpha(), r.rhoA(), r.rhoC(), r.ave());
        }
        return table.build();
    }

    private ResultTable structuralModel() {
        ResultTable.Builder table = ResultTable.builder("structural-model", "Structural model: path coefficients")
                .column(ResultColumn.text("hypothesis", "Hypothesis")).column(ResultColumn.text("path", "Path"))
                .column(ResultColumn.decimal("beta", "β", 3));
        bootstrapColumns(table, "beta");
        LabeledMatrix paths = estimate.pathCoefficients();
        for (var path : estimate.model().paths()) {
            String label = path.from() + " -> " + path.to();
            StructuralPath element = mapping.path(label);
            List<Object> row = new ArrayList<>(List.of(element == null || element.getLabel() == null ? ""
                    : element.getLabel(), path.from() + " → " + path.to(), paths.get(path.from(), path.to())));
            addBootstrap(row, ParameterKind.PATH, label);
            table.row(row);
        }
        return table.build();
    }

    private ResultTable indirectEffects() {
        ResultTable.Builder table = ResultTable.builder("indirect-effects", "Specific indirect effects")
                .column(ResultColumn.text("hypothesis", "Hypothesis")).column(ResultColumn.text("effect", "Effect"))
                .column(ResultColumn.decimal("estimate", "Estimate", 3));
        bootstrapColumns(table, "estimate");
        for (IndirectEffect effect : estimate.specificIndirectEffects()) {
            MediationHypothesis mediation = mapping.mediation(effect.label());
            List<Object> row = new ArrayList<>(List.of(mediation == null || mediation.getLabel() == null ? ""
                    : mediation.getLabel(), effect.label().replace(" -> ", " → "), effect.value()));
            addBootstrap(row, ParameterKind.SPECIFIC_INDIRECT_EFFECT, effect.label());
            table.row(row);
        }
        return table.build();
    }

    private ResultTable explanatoryPower() {
        ResultTable.Builder table = ResultTable.builder("r2", "Explanatory and predictive power")
                .column(ResultColumn.text("construct", "Construct")).column(ResultColumn.decimal("r2", "R²", 3))
                .column(ResultColumn.decimal("r2adj", "Adjusted R²", 3));
        if (blindfolding != null) {
            table.column(ResultColumn.decimal("q2", "Q² (blindfolding)", 3))
                    .note("Q²: cross-validated redundancy, omission distance D = " + blindfolding.omissionDistance()
                            + ".");
        }
        for (Map.Entry<String, Double> entry : estimate.rSquared().entrySet()) {
            List<Object> row = new ArrayList<>(List.of(entry.getKey(), entry.getValue(),
                    estimate.adjustedRSquared().get(entry.getKey())));
            if (blindfolding != null) {
                row.add(blindfolding.q2().get(entry.getKey()));
            }
            table.row(row);
        }
        return table.build();
    }

    private ResultTable fit() {
        return ResultTable.builder("fit", "Model fit")
                .column(ResultColumn.text("measure", "Measure")).column(ResultColumn.decimal("value", "Value", 3))
                .row("SRMR (composite model)", estimate.srmr(SrmrForm.COMPOSITE))
                .row("SRMR (common-factor model)", estimate.srmr(SrmrForm.COMMON_FACTOR))
                .note("Composite: observed indicator correlations kept within blocks (SmartPLS 'saturated' / cSEM "
                        + "composite form); common-factor: indicators implied by loadings (cSEM default).")
                .build();
    }

    private static ResultTable matrix(String id, String title, LabeledMatrix matrix) {
        ResultTable.Builder table = ResultTable.builder(id, title).column(ResultColumn.text("construct", ""));
        for (String column : matrix.columnNames()) {
            table.column(ResultColumn.decimal(column, column, 3));
        }
        for (int r = 0; r < matrix.rows(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(matrix.rowNames().get(r));
            for (int c = 0; c < matrix.columns(); c++) {
                row.add(matrix.get(r, c));
            }
            table.row(row);
        }
        return table.build();
    }

    private void bootstrapColumns(ResultTable.Builder table, String of) {
        if (bootstrap == null) {
            return;
        }
        int level = (int) Math.round(bootstrap.confidenceLevel() * 100);
        table.column(ResultColumn.decimal("mean", "M (boot)", 3)).column(ResultColumn.decimal("sd", "SD", 3))
                .column(ResultColumn.decimal("t", "t", 3)).column(ResultColumn.pValue("p", "p"))
                .column(ResultColumn.decimal("ci.lower", level + "% CI lower", 3))
                .column(ResultColumn.decimal("ci.upper", level + "% CI upper", 3))
                .column(ResultColumn.decimal("bca.lower", level + "% BCa lower", 3))
                .column(ResultColumn.decimal("bca.upper", level + "% BCa upper", 3))
                .note("Bootstrap with " + bootstrap.validDraws() + " valid of " + bootstrap.requestedDraws()
                        + " resamples; t = " + of + " / SD; p two-sided from t (df = resamples − 1); percentile "
                        + "and bias-corrected accelerated (BCa) intervals.");
    }

    private void addBootstrap(List<Object> row, ParameterKind kind, String label) {
        if (bootstrap == null) {
            return;
        }
        BootstrapStatistic s = bootstrap.statistic(kind, label);
        row.addAll(List.of(s.mean(), s.standardDeviation(), s.tStatistic(), s.pValue(), s.percentileLower(),
                s.percentileUpper(), s.bcaLower(), s.bcaUpper()));
    }
}
