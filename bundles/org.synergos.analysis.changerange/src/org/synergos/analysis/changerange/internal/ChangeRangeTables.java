package org.synergos.analysis.changerange.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.Index;

/** Lays changes and elasticities out as the engine's tables. */
final class ChangeRangeTables {

    static final String CHANGE_RANGE = "change-range";
    static final String PERIOD_CHANGES = "period-changes";
    static final String ELASTICITIES = "elasticities";

    private ChangeRangeTables() {
    }

    /** Paper A, Table 1: one row per index and unit, in model order. */
    static ResultTable changeRange(List<Step> steps, ReportedChanges reported) {
        int decimals = Decimals.needed(values(steps));
        ResultTable.Builder table = ResultTable.builder(CHANGE_RANGE, "Change before and after collaborative innovation")
                .column(ResultColumn.text("index", "Index")).column(ResultColumn.text("unit", "Unit"))
                .column(ResultColumn.text("case", "Case"))
                .column(ResultColumn.decimal("before", "Before", decimals))
                .column(ResultColumn.decimal("after", "After", decimals))
                .column(ResultColumn.decimal("change", "Change", decimals))
                .column(new ResultColumn("change-percent", "Change %", "%", ColumnFormat.DECIMAL, 2))
                .column(ResultColumn.text("direction", "Direction"))
                .column(ResultColumn.text("improved", "Improved"))
                .column(new ResultColumn("reported", "Reported change %", "%", ColumnFormat.DECIMAL, 2))
                .column(ResultColumn.text("check", "Check"))
                .column(ResultColumn.text("element", "Element"))
                .note("Change % = (after − before) / before × 100, signed; improvement judged by each index's "
                        + "direction (lower is better: a decrease is an improvement).");
        for (Step step : steps) {
            Index index = step.index();
            table.row(name(index), text(index.getUnit()), step.unit(), step.before(), step.after(), step.change(),
                    step.percent(), Verdict.directionText(index.getDirection()),
                    Verdict.of(index.getDirection(), step.change()).text(), reported.value(index),
                    reported.check(index, step.percent()), index.getId());
        }
        return table.build();
    }

    static ResultTable periodChanges(List<Step> steps) {
        int decimals = Decimals.needed(values(steps));
        ResultTable.Builder table = ResultTable.builder(PERIOD_CHANGES, "Period-to-period changes")
                .column(ResultColumn.text("index", "Index")).column(ResultColumn.text("unit", "Unit"))
                .column(ResultColumn.text("case", "Case")).column(ResultColumn.text("from", "From"))
                .column(ResultColumn.text("to", "To"))
                .column(ResultColumn.decimal("value-from", "Value (from)", decimals))
                .column(ResultColumn.decimal("value-to", "Value (to)", decimals))
                .column(ResultColumn.decimal("change", "Change", decimals))
                .column(new ResultColumn("change-percent", "Change %", "%", ColumnFormat.DECIMAL, 2))
                .column(ResultColumn.text("improved", "Improved"))
                .column(ResultColumn.text("element", "Element"))
                .note("Consecutive observed periods per unit, ordered by start (mixed granularities allowed).");
        for (Step step : steps) {
            Index index = step.index();
            table.row(name(index), text(index.getUnit()), step.unit(), step.from(), step.to(), step.before(),
                    step.after(), step.change(), step.percent(), Verdict.of(index.getDirection(), step.change()).text(),
                    index.getId());
        }
        return table.build();
    }

    static ResultTable elasticities(Index reference, List<ArcElasticity> elasticities) {
        ResultTable.Builder table = ResultTable.builder(ELASTICITIES, "Arc elasticities to " + name(reference))
                .column(ResultColumn.text("index", "Index")).column(ResultColumn.text("case", "Case"))
                .column(ResultColumn.text("from", "From")).column(ResultColumn.text("to", "To"))
                .column(new ResultColumn("change-midpoint", "ΔY / Ȳ", "", ColumnFormat.PERCENT, 2))
                .column(new ResultColumn("reference-change-midpoint", "ΔX / X̄ (" + name(reference) + ")", "",
                        ColumnFormat.PERCENT, 2))
                .column(ResultColumn.decimal("elasticity", "Arc elasticity", 3))
                .column(ResultColumn.text("element", "Element"))
                .note("Arc (midpoint) elasticity E = (ΔY / Ȳ) / (ΔX / X̄), Ȳ and X̄ the means of the two values "
                        + "(Allen & Lerner 1934); X = " + name(reference) + ". Empty where X did not change.");
        for (ArcElasticity e : elasticities) {
            Step step = e.step();
            table.row(name(step.index()), step.unit(), step.from(), step.to(), step.midpointRate(),
                    e.reference().midpointRate(), e.elasticity(), step.index().getId());
        }
        return table.build();
    }

    static String name(Index index) {
        String name = index.getName();
        return name == null || name.isBlank() ? index.getId() : name;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<Double> values(List<Step> steps) {
        List<Double> values = new ArrayList<>();
        steps.forEach(step -> {
            values.add(step.before());
            values.add(step.after());
        });
        return values;
    }
}
