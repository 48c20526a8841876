package org.synergos.analysis.cbsem.internal.specify;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.cbsem.core.IdentificationException;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;

/**
 * Necessary identification conditions checked before fitting (Bollen 1989, ch. 7–8): every observed
 * variable exists in the data, every latent has indicators and a scale (a fixed non-zero loading or a
 * fixed variance, in each group or through loadings equal to a scaled group's), every variable has
 * a variance, and the t-rule {@code npar ≤ number of sample
 * moments} ({@code df ≥ 0}). Not sufficient: empirical under-identification shows up later as a
 * singular information matrix, which the results report.
 */
public final class IdentificationCheck {

    private IdentificationCheck() {
    }

    /** Throws {@link IdentificationException} listing every problem found. */
    public static void check(ParameterTable table, List<String> dataNames, int fixedXMoments) {
        List<String> problems = new ArrayList<>();
        for (String v : table.observed()) {
            if (!dataNames.contains(v)) {
                problems.add("observed variable '" + v + "' is not in the data (neither a latent variable: it has no '=~')");
            }
        }
        for (int g = 1; g <= table.groupCount(); g++) {
            String where = table.groupCount() > 1 ? " in group " + g : "";
            for (String lv : table.latent()) {
                boolean indicators = false;
                boolean scale = false;
                for (Parameter p : table.groupRows(g)) {
                    if (p.op() == Operator.LOADING && p.lhs().equals(lv)) {
                        indicators = true;
                        scale |= !p.isFree() && p.value() != 0.0;
                    }
                    if (p.op() == Operator.COVARIANCE && p.lhs().equals(lv) && p.rhs().equals(lv)) {
                        scale |= !p.isFree() && !Double.isNaN(p.value()) && p.value() > 0;
                    }
                }
                if (!indicators) {
                    problems.add("latent variable '" + lv + "' has no indicators" + where);
                } else if (!scale && !scaledThroughEqualLoadings(table, lv, g)) {
                    problems.add("latent variable '" + lv + "' has no scale" + where
                            + ": fix one loading (marker) or its variance");
                }
            }
            for (String v : concat(table.observed(), table.latent())) {
                if (table.find(v, Operator.COVARIANCE, v, g) == null) {
                    problems.add("variable '" + v + "' has no variance parameter" + where);
                }
            }
        }
        for (Parameter p : table.rows()) {
            if (p.op() == Operator.REGRESSION && p.lhs().equals(p.rhs())) {
                problems.add("'" + p + "' regresses a variable on itself");
            }
        }
        int p = table.observed().size();
        int moments = table.groupCount() * (p * (p + 1) / 2 + (table.meanStructure() ? p : 0)) - fixedXMoments;
        int npar = table.freeCount();
        if (npar > moments) {
            problems.add(npar + " free parameters but only " + moments + " sample moments (df = " + (moments - npar)
                    + " < 0, t-rule violated)");
        }
        if (!problems.isEmpty()) {
            throw new IdentificationException(problems);
        }
    }

    /**
     * Whether a loading of {@code lv} in group {@code g} is constrained equal to a loading of a group
     * scaled by its own marker or fixed variance (e.g. std.lv with equal loadings: the later groups'
     * latent variances are free).
     */
    private static boolean scaledThroughEqualLoadings(ParameterTable table, String lv, int g) {
        for (Parameter p : table.groupRows(g)) {
            if (p.op() != Operator.LOADING || !p.lhs().equals(lv) || !p.isFree()) {
                continue;
            }
            for (Parameter other : table.rows()) {
                if (other.group() != g && other.group() > 0 && other.free() == p.free()
                        && other.op() == Operator.LOADING && ownScale(table, lv, other.group())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ownScale(ParameterTable table, String lv, int g) {
        for (Parameter p : table.groupRows(g)) {
            if (p.op() == Operator.LOADING && p.lhs().equals(lv) && !p.isFree() && p.value() != 0.0) {
                return true;
            }
            if (p.op() == Operator.COVARIANCE && p.lhs().equals(lv) && p.rhs().equals(lv) && !p.isFree()
                    && !Double.isNaN(p.value()) && p.value() > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
