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
import org.synergos.analysis.pls.core.IndirectEffect;
import org.synergos.analysis.pls.core.LabeledMatrix;
import org.synergos.analysis.pls.core.ParameterKind;
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

    PlsTables(PlsModelMapping mapping, PlsResult estimate, BootstrapResult bootstrap, BlindfoldingResult blindfolding) {
        this.mapping = mapping;
        this.estimate = estimate;
        this.bootstrap = bootstrap;
        this.blindfolding = blindfolding;
    }

    void addTo(AnalysisResult.Builder result) {
        result.table(outerModel()).table(reliability()).table(matrix("fornell-larcker",
                "Fornell–Larcker criterion (diagonal: √AVE)", estimate.fornellLarcker()))
                .table(matrix("htmt", "Heterotrait–monotrait ratio (HTMT)", estimate.htmt()))
                .table(structuralModel()).table(indirectEffects()).table(explanatoryPower())
                .table(matrix("f2", "Effect sizes f² (rows: predictors)", estimate.fSquare()))
                .table(matrix("inner-vif", "Inner VIF (rows: predictors)", estimate.innerVif())).table(fit());
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
                .note("Bootstrap with " + bootstrap.validDraws() + " valid of " + bootstrap.requestedDraws()
                        + " resamples; t = " + of + " / SD; p two-sided from t (df = resamples − 1); percentile "
                        + "intervals.");
    }

    private void addBootstrap(List<Object> row, ParameterKind kind, String label) {
        if (bootstrap == null) {
            return;
        }
        BootstrapStatistic s = bootstrap.statistic(kind, label);
        row.addAll(List.of(s.mean(), s.standardDeviation(), s.tStatistic(), s.pValue(), s.percentileLower(),
                s.percentileUpper()));
    }
}
