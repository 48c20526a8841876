package org.synergos.model.helpers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.StructuralPath;

/** Read-only look-ups over a framework that several bundles need (engines, UI, importers). */
public final class FrameworkQueries {

    private FrameworkQueries() {
    }

    public static Optional<Construct> construct(Framework framework, String code) {
        return framework.getConstructs().stream().filter(c -> code.equals(c.getCode())).findFirst();
    }

    /** The first indicator with this code, in construct order. */
    public static Optional<Indicator> indicator(Framework framework, String code) {
        return allIndicators(framework).stream().filter(i -> code.equals(i.getCode())).findFirst();
    }

    /** All indicators in construct order, then indicator order. */
    public static List<Indicator> allIndicators(Framework framework) {
        List<Indicator> all = new ArrayList<>();
        framework.getConstructs().forEach(c -> all.addAll(c.getIndicators()));
        return all;
    }

    /** Paths from {@code source} to {@code target} (normally zero or one). */
    public static List<StructuralPath> paths(Framework framework, Construct source, Construct target) {
        return framework.getPaths().stream()
                .filter(p -> p.getSource() == source && p.getTarget() == target)
                .toList();
    }

    /** True when the construct is measured through lower-order constructs. */
    public static boolean isHigherOrder(Construct construct) {
        return !construct.getDimensions().isEmpty();
    }

    /** The data column an indicator is read from: its column, or its code when no column is set. */
    public static String columnOf(Indicator indicator) {
        String column = indicator.getColumn();
        return column == null || column.isBlank() ? indicator.getCode() : column;
    }
}
