package org.synergos.analysis.contribution.internal;

import java.util.Comparator;
import java.util.List;

import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;
import org.synergos.model.Construct;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.ElementLabels;

/**
 * Paper A, Table 3 layout: each predictor of the outcome with standardised β, SE, CI and p ("&lt; 0.01"
 * style as journals print it) plus significance stars, sorted by β descending.
 */
final class ContributionTable {

    static final String ID = "contribution";

    private ContributionTable() {
    }

    static List<Coefficient> sorted(List<Coefficient> coefficients) {
        return coefficients.stream()
                .sorted(Comparator.comparingDouble((Coefficient c) -> Double.isNaN(c.beta()) ? Double.NEGATIVE_INFINITY
                        : c.beta()).reversed())
                .toList();
    }

    static ResultTable of(Construct outcome, String via, int level, List<Coefficient> sorted, Reported reported) {
        boolean cbsem = !via.equals(ContributionEngine.PLS);
        String estimateOf = cbsem ? " of B (unstandardised)" : " of β (bootstrap)";
        ResultTable.Builder table = ResultTable.builder(ID, "Contribution of each predictor to "
                + ElementLabels.name(outcome))
                .column(ResultColumn.text("index", "Index")).column(ResultColumn.text("predictor", "Predictor"))
                .column(ResultColumn.text("path", "Path")).column(ResultColumn.decimal("beta", "Std. β", 3));
        if (cbsem) {
            table.column(ResultColumn.decimal("b", "B (unstandardised)", 3));
        }
        table.column(ResultColumn.decimal("se", "SE" + estimateOf, 3))
                .column(ResultColumn.decimal("ci.lower", level + "% CI lower" + estimateOf, 3))
                .column(ResultColumn.decimal("ci.upper", level + "% CI upper" + estimateOf, 3))
                .column(ResultColumn.text("ci", level + "% CI")).column(ResultColumn.decimal("statistic", cbsem ? "z" : "t", 2))
                .column(ResultColumn.pValue("p", "p")).column(ResultColumn.text("p-text", "p (as printed)"))
                .column(ResultColumn.text("stars", "Sig.")).column(ResultColumn.decimal("reported-beta", "Reported β", 3))
                .column(ResultColumn.text("element", "Element"));
        for (Coefficient c : sorted) {
            StructuralPath path = c.path();
            String ci = Double.isNaN(c.ciLower()) ? "" : "[" + CellText.fixed(c.ciLower(), 2) + ", "
                    + CellText.fixed(c.ciUpper(), 2) + "]";
            List<Object> row = new java.util.ArrayList<>(List.of(name(path.getSource()),
                    ElementLabels.name(path.getSource()), path.getLabel() == null ? "" : path.getLabel(), c.beta()));
            if (cbsem) {
                row.add(c.unstandardised());
            }
            row.addAll(java.util.Arrays.asList(c.se(), c.ciLower(), c.ciUpper(), ci, c.statistic(), c.p(),
                    printedP(c.p()), CellText.stars(c.p()), reported.beta(path), path.getId()));
            table.row(row);
        }
        table.note("Sorted by standardised β, largest first. * p < .05, ** p < .01, *** p < .001.");
        if (cbsem) {
            table.note("CB-SEM (engine 'cb-sem'): β is the completely standardised estimate (std.all); SE, CI, z and "
                    + "p belong to the unstandardised estimate B, since the engine reports no standard error of "
                    + "the standardised one.");
        } else {
            table.note("PLS-SEM (engine 'pls-sem'): SE is the bootstrap standard deviation of β, the CI its "
                    + "percentile interval, t = β / SE.");
        }
        return table.build();
    }

    /** p the way paper A prints it: "&lt; 0.001", "&lt; 0.01", "&lt; 0.05", else the value to 3 decimals. */
    static String printedP(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        if (p < 0.001) {
            return "< 0.001";
        }
        if (p < 0.01) {
            return "< 0.01";
        }
        if (p < 0.05) {
            return "< 0.05";
        }
        return CellText.fixed(p, 3);
    }

    private static String name(Construct construct) {
        String name = construct.getName();
        return name == null || name.isBlank() ? ElementLabels.name(construct) : name;
    }
}
