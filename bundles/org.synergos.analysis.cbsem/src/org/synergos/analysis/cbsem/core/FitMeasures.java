package org.synergos.analysis.cbsem.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fit measures keyed by lavaan's {@code fitMeasures()} names ({@code chisq}, {@code df}, {@code cfi},
 * {@code rmsea.ci.upper}, {@code srmr}, {@code logl}, …; with MLR also {@code chisq.scaled},
 * {@code cfi.robust}, {@code rmsea.robust}, …), in lavaan's order: every measure lavaan 0.6 reports for
 * the same ML fit, scaled ones only with a scaled test (MLR), robust ones with MLR or FIML. Immutable.
 */
public final class FitMeasures {

    /** Measures of lavaan's {@code fitMeasures()} never reported here, with the reason. */
    public static final Map<String, String> NOT_REPORTED = Map.of(
            "wrmr", "weighted root mean square residual: only defined for categorical (DWLS/WLS) estimation",
            "srmr_within", "within-level SRMR: multilevel models only",
            "srmr_between", "between-level SRMR: multilevel models only");

    private final Map<String, Double> values;

    public FitMeasures(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The measure {@code name}; fails for a name not computed. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no fit measure '" + name + "' (available: " + values.keySet() + ")");
        }
        return v;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Map<String, Double> asMap() {
        return values;
    }

    public double chisq() {
        return get("chisq");
    }

    public int df() {
        return (int) get("df");
    }

    public double pvalue() {
        return get("pvalue");
    }

    public double cfi() {
        return get("cfi");
    }

    public double tli() {
        return get("tli");
    }

    public double rmsea() {
        return get("rmsea");
    }

    public double srmr() {
        return get("srmr");
    }

    public double aic() {
        return get("aic");
    }

    public double bic() {
        return get("bic");
    }

    public double logLikelihood() {
        return get("logl");
    }

    public int npar() {
        return (int) get("npar");
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
