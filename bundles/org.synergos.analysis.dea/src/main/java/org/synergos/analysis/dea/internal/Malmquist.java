package org.synergos.analysis.dea.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.dea.internal.Units.Unit;

/**
 * The Malmquist productivity index between adjacent periods (Färe, Grosskopf, Norris &amp; Zhang 1994), from
 * distance functions D (the DEA scores in (0, 1]: θ input-oriented, 1/φ output-oriented) of each period's
 * data against each period's technology:
 * <pre>
 *   M     = [ Dᵗ(t+1)/Dᵗ(t) · Dᵗ⁺¹(t+1)/Dᵗ⁺¹(t) ]^½ = EFFCH × TECH
 *   EFFCH = Dᵗ⁺¹(t+1) / Dᵗ(t)
 *   TECH  = [ Dᵗ(t+1)/Dᵗ⁺¹(t+1) · Dᵗ(t)/Dᵗ⁺¹(t) ]^½
 * </pre>
 * where Dˢ(u) is period u's data against period s's technology (spanned by all DMUs observed in s). Under
 * constant returns to scale EFFCH = PECH × SECH with PECH = Dᵥᵗ⁺¹(t+1)/Dᵥᵗ(t) from VRS scores in their own
 * periods (always feasible) and SECH = EFFCH/PECH. M &gt; 1 is productivity growth in either orientation.
 * Index computed for the DMUs observed in both periods, as Benchmarking's {@code malmq}.
 */
public final class Malmquist {

    /** One DMU between two periods; NaN where a cross-period programme has no solution (VRS only). */
    public record Change(String dmu, String from, String to, double d00, double d01, double d10, double d11,
            double vrs00, double vrs11, double effch, double tech, double malmquist, double pech, double sech) {
    }

    /** A DMU observed in only one of two adjacent periods, and a cross-period programme without solution. */
    public record Result(List<String> periods, List<Change> changes, List<String> unmatched, List<String> infeasible) {
    }

    private Malmquist() {
    }

    public static Result compute(List<Unit> units, Returns rts, Orientation orientation, Runnable cancelled)
            throws AnalysisException {
        List<String> periods = Units.periods(units);
        double[][] scales = Units.scales(units);
        Map<String, Map<String, Unit>> byPeriod = new LinkedHashMap<>();
        for (String period : periods) {
            byPeriod.put(period, new LinkedHashMap<>());
        }
        for (Unit unit : units) {
            byPeriod.get(unit.period()).put(unit.id(), unit);
        }
        Map<String, Envelopment> technology = new LinkedHashMap<>();
        for (String period : periods) {
            List<Unit> in = new ArrayList<>(byPeriod.get(period).values());
            double[][] x = in.stream().map(Unit::x).toArray(double[][]::new);
            double[][] y = in.stream().map(Unit::y).toArray(double[][]::new);
            technology.put(period, new Envelopment(x, y, scales[0], scales[1]));
        }
        List<Change> changes = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<String> infeasible = new ArrayList<>();
        for (int p = 0; p + 1 < periods.size(); p++) {
            String from = periods.get(p);
            String to = periods.get(p + 1);
            Map<String, Unit> first = byPeriod.get(from);
            Map<String, Unit> second = byPeriod.get(to);
            for (String id : first.keySet()) {
                if (!second.containsKey(id)) {
                    unmatched.add("DMU '" + id + "' is in period " + from + " but not in " + to);
                }
            }
            for (String id : second.keySet()) {
                if (!first.containsKey(id)) {
                    unmatched.add("DMU '" + id + "' is in period " + to + " but not in " + from);
                }
            }
            for (Unit u0 : first.values()) {
                cancelled.run();
                Unit u1 = second.get(u0.id());
                if (u1 == null) {
                    continue;
                }
                Envelopment t0 = technology.get(from);
                Envelopment t1 = technology.get(to);
                double d00 = own(t0, u0, rts, orientation);
                double d11 = own(t1, u1, rts, orientation);
                double d01 = cross(t1, u0, rts, orientation, to, infeasible);
                double d10 = cross(t0, u1, rts, orientation, from, infeasible);
                double effch = d11 / d00;
                double tech = Math.sqrt(d10 / d11 * d00 / d01);
                double malmquist = effch * tech;
                double vrs00 = Double.NaN;
                double vrs11 = Double.NaN;
                double pech = Double.NaN;
                double sech = Double.NaN;
                if (rts == Returns.CRS) {
                    vrs00 = own(t0, u0, Returns.VRS, orientation);
                    vrs11 = own(t1, u1, Returns.VRS, orientation);
                    pech = vrs11 / vrs00;
                    sech = effch / pech;
                }
                changes.add(new Change(u0.id(), from, to, d00, d01, d10, d11, vrs00, vrs11, effch, tech, malmquist, pech,
                        sech));
            }
        }
        return new Result(periods, changes, unmatched, infeasible);
    }

    private static double own(Envelopment technology, Unit unit, Returns rts, Orientation orientation)
            throws AnalysisException {
        Envelopment.Radial radial = technology.radial(unit.x(), unit.y(), rts, orientation, -1);
        if (!radial.feasible()) {
            throw new AnalysisException("the DEA programme of " + unit.describe() + " against its own period's technology ("
                    + rts.description() + ", " + orientation.description() + ") has no feasible solution");
        }
        return CrossSection.score(orientation, radial.score());
    }

    /**
     * A DMU against the other period's technology. Under VRS it may lie where no radial scaling reaches that
     * technology (input-oriented: an output beyond every DMU of that period; output-oriented: an input below
     * them); the distance is then undefined (NaN), so are the indices that use it, and the DMU is named.
     */
    private static double cross(Envelopment technology, Unit unit, Returns rts, Orientation orientation, String against,
            List<String> infeasible) {
        Envelopment.Radial radial = technology.radial(unit.x(), unit.y(), rts, orientation, -1);
        if (!radial.feasible()) {
            infeasible.add(unit.describe() + " against the technology of period " + against);
            return Double.NaN;
        }
        return CrossSection.score(orientation, radial.score());
    }

    /** Geometric mean of the defined values, NaN when none is. */
    public static double geometricMean(List<Double> values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v > 0) {
                sum += Math.log(v);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(sum / n);
    }
}
