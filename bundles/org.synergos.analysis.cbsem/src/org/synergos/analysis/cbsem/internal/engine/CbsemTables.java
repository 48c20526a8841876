package org.synergos.analysis.cbsem.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;
import org.synergos.analysis.cbsem.core.ChiSquareDifference;
import org.synergos.analysis.cbsem.core.FitMeasures;
import org.synergos.analysis.cbsem.core.MissingData;
import org.synergos.analysis.cbsem.core.MissingPatterns;
import org.synergos.analysis.cbsem.core.ModificationIndex;
import org.synergos.analysis.cbsem.core.Moments;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.ParameterEstimate;
import org.synergos.analysis.cbsem.core.ReleasedConstraint;
import org.synergos.analysis.cbsem.core.Sem;
import org.synergos.analysis.cbsem.core.SemResult;
import org.synergos.model.StructuralPath;

/** Lays a CB-SEM fit out as result tables (lavaan's column names) and diagram overlay values. */
final class CbsemTables {

    /** Fit measures reported, in journal order; robust variants appear when the estimator provides them. */
    private static final List<String> FIT = List.of("npar", "chisq", "df", "pvalue", "chisq.scaled", "pvalue.scaled",
            "cfi", "tli", "cfi.robust", "tli.robust", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "rmsea.pvalue",
            "rmsea.robust", "srmr", "aic", "bic", "logl");

    private final SemModelMapping mapping;
    private final SemResult fit;

    CbsemTables(SemModelMapping mapping, SemResult fit) {
        this.mapping = mapping;
        this.fit = fit;
    }

    void addTo(AnalysisResult.Builder result, int modificationRows) {
        result.table(parameters());
        result.table(fitMeasures());
        result.table(FitMeasureTable.of(fit));
        result.table(rSquared());
        boolean inequalitiesActive = !fit.activeInequalityConstraints().isEmpty();
        if (modificationRows > 0 && !inequalitiesActive) {
            result.table(modificationIndices(modificationRows));
        }
        momentTables(result);
        if (fit.options().missing() == MissingData.FIML) {
            result.table(missingPatterns());
            result.table(coverage());
        }
        List<ReleasedConstraint> released = inequalitiesActive ? List.of() : Sem.releasedConstraints(fit);
        if (!released.isEmpty()) {
            result.table(releasedConstraints(released));
        }
        overlays(result);
    }

    private ResultTable parameters() {
        ResultTable.Builder table = ResultTable.builder("parameters", "Parameter estimates")
                .column(ResultColumn.text("lhs", "lhs")).column(ResultColumn.text("op", "op"))
                .column(ResultColumn.text("rhs", "rhs"));
        groupColumn(table);
        table.column(ResultColumn.decimal("est", "Estimate", 3)).column(ResultColumn.decimal("se", "SE", 3))
                .column(ResultColumn.decimal("z", "z", 2)).column(ResultColumn.pValue("pvalue", "p"))
                .column(ResultColumn.decimal("ci.lower", "CI lower", 3))
                .column(ResultColumn.decimal("ci.upper", "CI upper", 3))
                .column(ResultColumn.decimal("std.lv", "Std. (lv)", 3))
                .column(ResultColumn.decimal("std.all", "Std. (all)", 3))
                .column(ResultColumn.decimal("std.nox", "Std. (nox)", 3));
        for (ParameterEstimate e : fit.estimates()) {
            List<Object> row = new ArrayList<>(List.of(e.lhs(), e.op().symbol(), e.rhs()));
            groupCell(row, e.group());
            row.addAll(List.of(e.estimate(), e.se(), e.z(), e.pvalue(), e.ciLower(), e.ciUpper(), e.stdLv(), e.stdAll(),
                    e.stdNox()));
            table.row(row);
        }
        String note = "Confidence intervals at " + Math.round(fit.options().confidenceLevel() * 100) + "%";
        if (fit.options().bootstrapDraws() > 0) {
            note += " (bootstrap, " + fit.options().bootCiType().lavaanName() + ", " + fit.bootstrapDraws()
                    + " successful draws; " + fit.bootstrapFailed() + " failed and left out, "
                    + fit.bootstrapInadmissible() + " inadmissible and kept)";
        }
        return table.note(note + ".").build();
    }

    private ResultTable fitMeasures() {
        FitMeasures measures = fit.fitMeasures();
        ResultTable.Builder table = ResultTable.builder("fit", "Model fit")
                .column(ResultColumn.text("measure", "Measure")).column(ResultColumn.decimal("value", "Value", 3));
        for (String name : FIT) {
            if (measures.has(name)) {
                table.row(name, measures.get(name));
            }
        }
        return table.build();
    }

    private ResultTable rSquared() {
        ResultTable.Builder table = ResultTable.builder("r2", "Explained variance (R²)")
                .column(ResultColumn.text("variable", "Variable"));
        groupColumn(table);
        table.column(ResultColumn.decimal("r2", "R²", 3));
        for (int group = 1; group <= fit.groupSizes().length; group++) {
            for (Map.Entry<String, Double> entry : fit.rSquared(group).entrySet()) {
                List<Object> row = new ArrayList<>(List.of(entry.getKey()));
                groupCell(row, group);
                row.add(entry.getValue());
                table.row(row);
            }
        }
        return table.build();
    }

    private ResultTable modificationIndices(int rows) {
        List<ModificationIndex> indices = Sem.modificationIndices(fit);
        boolean groups = fit.groupSizes().length > 1;
        ResultTable.Builder table = ResultTable.builder("modification-indices", "Largest modification indices")
                .column(ResultColumn.text("lhs", "lhs")).column(ResultColumn.text("op", "op"))
                .column(ResultColumn.text("rhs", "rhs"));
        groupColumn(table);
        table.column(ResultColumn.decimal("mi", "MI", 3)).column(ResultColumn.decimal("epc", "EPC", 3))
                .column(ResultColumn.decimal("sepc.all", "Std. EPC", 3));
        indices.stream().sorted((a, b) -> Double.compare(b.mi(), a.mi())).limit(rows).forEach(mi -> {
            if (groups) {
                table.row(mi.lhs(), mi.op().symbol(), mi.rhs(), fit.groupLabels().get(mi.group() - 1), mi.mi(), mi.epc(),
                        mi.sepcAll());
            } else {
                table.row(mi.lhs(), mi.op().symbol(), mi.rhs(), mi.mi(), mi.epc(), mi.sepcAll());
            }
        });
        return table.note("Expected chi-square drop if the parameter were freed (Sörbom 1989).").build();
    }

    private ResultTable releasedConstraints(List<ReleasedConstraint> released) {
        ResultTable.Builder table = ResultTable.builder("released-constraints", "Score tests of equality constraints")
                .column(ResultColumn.text("lhs", "lhs")).column(ResultColumn.text("op", "op"))
                .column(ResultColumn.text("rhs", "rhs"));
        groupColumn(table);
        table.column(ResultColumn.decimal("chisq", "χ²", 3)).column(ResultColumn.pValue("pvalue", "p"))
                .column(ResultColumn.decimal("epc", "EPC", 3)).column(ResultColumn.decimal("sepc.all", "Std. EPC", 3));
        for (ReleasedConstraint r : released) {
            List<Object> row = new ArrayList<>(List.of(r.lhs(), r.op().symbol(), r.rhs()));
            groupCell(row, r.group());
            row.addAll(List.of(r.mi(), r.pvalue(), r.epc(), r.sepcAll()));
            table.row(row);
        }
        ChiSquareDifference all = Sem.releaseAllConstraints(fit);
        return table.note("Expected chi-square drop (1 df) if the row's parameter no longer had to equal the"
                + " first one it is constrained to (score test); all " + all.dfDiff() + " released at once: χ² = "
                + CellText.fixed(all.chisqDiff(), 3) + ", p = " + CellText.fixed(all.pvalue(), 3) + ".").build();
    }

    /** lavaan's {@code lavInspect(fit, "sampstat")} and {@code fitted(fit)}, each group's rows below the last. */
    private void momentTables(AnalysisResult.Builder result) {
        result.table(covariances("sample-cov", "Sample covariances", true));
        if (fit.sampleMoments(1).mean() != null) {
            result.table(means("sample-mean", "Sample means", true));
        }
        result.table(covariances("implied-cov", "Model-implied covariances", false));
        if (fit.impliedMoments(1).mean() != null) {
            result.table(means("implied-mean", "Model-implied means", false));
        }
    }

    private ResultTable covariances(String id, String title, boolean sample) {
        List<String> variables = fit.parameterTable().observed();
        ResultTable.Builder table = ResultTable.builder(id, title);
        groupColumn(table);
        table.column(ResultColumn.text("variable", "Variable"));
        variables.forEach(v -> table.column(ResultColumn.decimal(v, v, 3)));
        for (int g = 1; g <= fit.groupSizes().length; g++) {
            Moments m = sample ? fit.sampleMoments(g) : fit.impliedMoments(g);
            double[][] cov = m.cov();
            for (int i = 0; i < variables.size(); i++) {
                List<Object> row = new ArrayList<>();
                groupCell(row, g);
                row.add(variables.get(i));
                for (double v : cov[i]) {
                    row.add(v);
                }
                table.row(row);
            }
        }
        return table.note(sample ? (fit.options().missing() == MissingData.FIML
                ? "Unrestricted (saturated) model's EM estimates from the incomplete data (N divisor)."
                : "Divisor N, as maximum likelihood uses them.") : "At the estimates.").build();
    }

    private ResultTable means(String id, String title, boolean sample) {
        List<String> variables = fit.parameterTable().observed();
        ResultTable.Builder table = ResultTable.builder(id, title);
        groupColumn(table);
        table.column(ResultColumn.text("variable", "Variable")).column(ResultColumn.decimal("mean", "Mean", 3));
        for (int g = 1; g <= fit.groupSizes().length; g++) {
            double[] mean = (sample ? fit.sampleMoments(g) : fit.impliedMoments(g)).mean();
            for (int i = 0; i < variables.size(); i++) {
                List<Object> row = new ArrayList<>();
                groupCell(row, g);
                row.add(variables.get(i));
                row.add(mean[i]);
                table.row(row);
            }
        }
        return table.build();
    }

    /** lavaan's {@code lavInspect(fit, "patterns")} with the cases per pattern; 1 = observed, 0 = missing. */
    private ResultTable missingPatterns() {
        List<String> variables = fit.parameterTable().observed();
        ResultTable.Builder table = ResultTable.builder("missing-patterns", "Missing-data patterns");
        groupColumn(table);
        table.column(ResultColumn.integer("cases", "Cases"));
        variables.forEach(v -> table.column(ResultColumn.integer(v, v)));
        for (int g = 1; g <= fit.groupSizes().length; g++) {
            for (MissingPatterns.Pattern pattern : fit.missingPatterns(g).patterns()) {
                List<Object> row = new ArrayList<>();
                groupCell(row, g);
                row.add(pattern.cases());
                for (boolean observed : pattern.observed()) {
                    row.add(observed ? 1 : 0);
                }
                table.row(row);
            }
        }
        return table.note("1 = observed, 0 = missing; most frequent pattern first. Cases without any observed"
                + " value are not fitted and not listed.").build();
    }

    /** lavaan's {@code lavInspect(fit, "coverage")}. */
    private ResultTable coverage() {
        List<String> variables = fit.parameterTable().observed();
        ResultTable.Builder table = ResultTable.builder("coverage", "Covariance coverage");
        groupColumn(table);
        table.column(ResultColumn.text("variable", "Variable"));
        variables.forEach(v -> table.column(ResultColumn.decimal(v, v, 3)));
        for (int g = 1; g <= fit.groupSizes().length; g++) {
            double[][] coverage = fit.missingPatterns(g).coverage();
            for (int i = 0; i < variables.size(); i++) {
                List<Object> row = new ArrayList<>();
                groupCell(row, g);
                row.add(variables.get(i));
                for (double v : coverage[i]) {
                    row.add(v);
                }
                table.row(row);
            }
        }
        return table.note("Proportion of the fitted cases observing both variables.").build();
    }

    /** The group column of a multigroup fit (the group's label, lavaan's group.label); none for one group, as lavaan. */
    private void groupColumn(ResultTable.Builder table) {
        if (fit.groupSizes().length > 1) {
            table.column(ResultColumn.text("group", "Group"));
        }
    }

    /** The label of {@code group} (1-based; 0, a := row, has none) when the fit has groups. */
    private void groupCell(List<Object> row, int group) {
        if (fit.groupSizes().length > 1) {
            row.add(group == 0 ? null : fit.groupLabels().get(group - 1));
        }
    }

    /**
     * β (std.all), z and p on paths; standardised loadings on indicators; R² in constructs; indirect effects.
     * Multigroup fits overlay the first group (the diagram shows one model), its label after each value.
     */
    private void overlays(AnalysisResult.Builder result) {
        String shown = fit.groupSizes().length > 1 ? " (" + fit.groupLabels().get(0) + ")" : "";
        for (ParameterEstimate e : fit.estimates()) {
            if (e.group() > 1) {
                continue;
            }
            if (e.op() == Operator.REGRESSION) {
                StructuralPath path = mapping.path(e.lhs(), e.rhs());
                if (path != null) {
                    String id = path.getId();
                    result.value(new ElementValue(id, "beta", e.stdAll(),
                            CellText.fixed(e.stdAll(), 3) + CellText.stars(e.pvalue()) + shown));
                    result.value(ElementValue.of(id, "z", e.z())).value(ElementValue.of(id, "p", e.pvalue()));
                }
            } else if (e.op() == Operator.LOADING) {
                result.value(new ElementValue(mapping.elementId(e.rhs()), "loading", e.stdAll(),
                        CellText.fixed(e.stdAll(), 3) + shown));
            } else if (e.op() == Operator.DEFINED && mapping.isMediationEffect(e.lhs())) {
                result.value(new ElementValue(mapping.elementId(e.lhs()), "indirect", e.estimate(),
                        CellText.fixed(e.estimate(), 3) + CellText.stars(e.pvalue()) + shown));
            }
        }
        fit.rSquared(1).forEach((name, r2) -> result.value(new ElementValue(mapping.elementId(name), "r2", r2,
                "R² = " + CellText.fixed(r2, 3) + shown)));
    }
}
