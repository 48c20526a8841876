package org.synergos.analysis.cbsem.internal.engine;

import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;
import org.synergos.analysis.cbsem.core.ChiSquareDifference;
import org.synergos.analysis.cbsem.core.FitMeasures;
import org.synergos.analysis.cbsem.core.ModificationIndex;
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
        result.table(rSquared());
        if (modificationRows > 0) {
            result.table(modificationIndices(modificationRows));
        }
        List<ReleasedConstraint> released = Sem.releasedConstraints(fit);
        if (!released.isEmpty()) {
            result.table(releasedConstraints(released));
        }
        overlays(result);
    }

    private ResultTable parameters() {
        ResultTable.Builder table = ResultTable.builder("parameters", "Parameter estimates")
                .column(ResultColumn.text("lhs", "lhs")).column(ResultColumn.text("op", "op"))
                .column(ResultColumn.text("rhs", "rhs")).column(ResultColumn.integer("group", "Group"))
                .column(ResultColumn.decimal("est", "Estimate", 3)).column(ResultColumn.decimal("se", "SE", 3))
                .column(ResultColumn.decimal("z", "z", 2)).column(ResultColumn.pValue("pvalue", "p"))
                .column(ResultColumn.decimal("ci.lower", "CI lower", 3))
                .column(ResultColumn.decimal("ci.upper", "CI upper", 3))
                .column(ResultColumn.decimal("std.lv", "Std. (lv)", 3))
                .column(ResultColumn.decimal("std.all", "Std. (all)", 3))
                .column(ResultColumn.decimal("std.nox", "Std. (nox)", 3));
        for (ParameterEstimate e : fit.estimates()) {
            table.row(e.lhs(), e.op().symbol(), e.rhs(), e.group() == 0 ? null : e.group(), e.estimate(), e.se(), e.z(), e.pvalue(),
                    e.ciLower(), e.ciUpper(), e.stdLv(), e.stdAll(), e.stdNox());
        }
        return table.note("Confidence intervals at " + Math.round(fit.options().confidenceLevel() * 100) + "%.")
                .build();
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
                .column(ResultColumn.text("variable", "Variable")).column(ResultColumn.integer("group", "Group"))
                .column(ResultColumn.decimal("r2", "R²", 3));
        for (int group = 1; group <= fit.groupSizes().length; group++) {
            for (Map.Entry<String, Double> entry : fit.rSquared(group).entrySet()) {
                table.row(entry.getKey(), group, entry.getValue());
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
        if (groups) {
            table.column(ResultColumn.integer("group", "Group"));
        }
        table.column(ResultColumn.decimal("mi", "MI", 3)).column(ResultColumn.decimal("epc", "EPC", 3))
                .column(ResultColumn.decimal("sepc.all", "Std. EPC", 3));
        indices.stream().sorted((a, b) -> Double.compare(b.mi(), a.mi())).limit(rows).forEach(mi -> {
            if (groups) {
                table.row(mi.lhs(), mi.op().symbol(), mi.rhs(), mi.group(), mi.mi(), mi.epc(), mi.sepcAll());
            } else {
                table.row(mi.lhs(), mi.op().symbol(), mi.rhs(), mi.mi(), mi.epc(), mi.sepcAll());
            }
        });
        return table.note("Expected chi-square drop if the parameter were freed (Sörbom 1989).").build();
    }

    private ResultTable releasedConstraints(List<ReleasedConstraint> released) {
        ResultTable.Builder table = ResultTable.builder("released-constraints", "Score tests of equality constraints")
                .column(ResultColumn.text("lhs", "lhs")).column(ResultColumn.text("op", "op"))
                .column(ResultColumn.text("rhs", "rhs")).column(ResultColumn.integer("group", "Group"))
                .column(ResultColumn.decimal("chisq", "χ²", 3)).column(ResultColumn.pValue("pvalue", "p"))
                .column(ResultColumn.decimal("epc", "EPC", 3)).column(ResultColumn.decimal("sepc.all", "Std. EPC", 3));
        for (ReleasedConstraint r : released) {
            table.row(r.lhs(), r.op().symbol(), r.rhs(), r.group(), r.mi(), r.pvalue(), r.epc(), r.sepcAll());
        }
        ChiSquareDifference all = Sem.releaseAllConstraints(fit);
        return table.note("Expected chi-square drop (1 df) if the row's parameter no longer had to equal the"
                + " first one it is constrained to (score test); all " + all.dfDiff() + " released at once: χ² = "
                + CellText.fixed(all.chisqDiff(), 3) + ", p = " + CellText.fixed(all.pvalue(), 3) + ".").build();
    }

    /**
     * β (std.all), z and p on paths; standardised loadings on indicators; R² in constructs; indirect effects.
     * Multigroup fits overlay group 1 (the diagram shows one model).
     */
    private void overlays(AnalysisResult.Builder result) {
        for (ParameterEstimate e : fit.estimates()) {
            if (e.group() > 1) {
                continue;
            }
            if (e.op() == Operator.REGRESSION) {
                StructuralPath path = mapping.path(e.lhs(), e.rhs());
                if (path != null) {
                    String id = path.getId();
                    result.value(new ElementValue(id, "beta", e.stdAll(),
                            CellText.fixed(e.stdAll(), 3) + CellText.stars(e.pvalue())));
                    result.value(ElementValue.of(id, "z", e.z())).value(ElementValue.of(id, "p", e.pvalue()));
                }
            } else if (e.op() == Operator.LOADING) {
                result.value(new ElementValue(mapping.elementId(e.rhs()), "loading", e.stdAll(),
                        CellText.fixed(e.stdAll(), 3)));
            } else if (e.op() == Operator.DEFINED && mapping.isMediationEffect(e.lhs())) {
                result.value(new ElementValue(mapping.elementId(e.lhs()), "indirect", e.estimate(),
                        CellText.fixed(e.estimate(), 3) + CellText.stars(e.pvalue())));
            }
        }
        fit.rSquared(1).forEach((name, r2) -> result.value(new ElementValue(mapping.elementId(name), "r2", r2,
                "R² = " + CellText.fixed(r2, 3))));
    }
}
