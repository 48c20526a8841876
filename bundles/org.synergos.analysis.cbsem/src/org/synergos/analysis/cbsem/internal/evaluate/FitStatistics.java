package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;

/**
 * Every fit measure of lavaan 0.6's {@code fitMeasures()} for ML, under its names and in its order
 * ({@link #LAVAAN_ORDER}): likelihood-ratio chi-square {@code 2(ℓ₁ - ℓ₀)} against the saturated model,
 * the independence baseline, the incremental indices ({@link IncrementalFit}), log-likelihoods, AIC, BIC
 * and sample-size adjusted BIC, RMSEA with CI and close-fit tests (Browne &amp; Cudeck 1993), the
 * residual-based measures ({@link ResidualFit}), Hoelter's critical N, GFI/AGFI/PGFI
 * ({@link GoodnessOfFit}), MFI and ECVI. With a Yuan–Bentler scaling (MLR) also the scaled statistics and
 * the robust CFI/TLI (Brosseau-Liard &amp; Savalei 2014) and RMSEA (Brosseau-Liard, Savalei &amp; Li 2012);
 * the "scaled" RMSEA follows lavaan 0.6-14 (unscaled X² against {@code c·df} degrees of freedom).
 */
public final class FitStatistics {

    private FitStatistics() {
    }

    /**
     * Inputs of the robust CFI, TLI and RMSEA: a chi-square and its scaling factor for the model and
     * the baseline ({@code X² - c·df} replaces {@code X² - df}).
     */
    public record Robust(double x2, double c, double x2Null, double cNull) {
    }

    /** Saturated-model log-likelihood summed over groups. */
    public static double h1LogLik(FittedModel fm) {
        double ll = 0;
        for (int g = 0; g < fm.samples().size(); g++) {
            GroupSample s = fm.samples().get(g);
            SaturatedEm.Moments m = fm.h1().get(g);
            ll += SaturatedEm.logLik(s, m.mean(), m.cov());
        }
        return ll;
    }

    /**
     * @param fm the model
     * @param baseline the fitted independence model
     * @param df model df
     * @param dfB baseline df
     * @param scaling YB scaling of the model, or null
     * @param scalingB YB scaling of the baseline, or null
     * @param robust statistics of the robust CFI/TLI/RMSEA, or null: with missing data the FIML-corrected
     *        ones; else, with a scaling, the unscaled X² and the scaling factors
     * @param npar lavaan's npar (free parameters; inequality constraints do not count)
     */
    public static Map<String, Double> compute(FittedModel fm, FittedModel baseline, int df, int dfB,
            YuanBentlerScaling.Result scaling, YuanBentlerScaling.Result scalingB, Robust robust, int npar) {
        Map<String, Double> out = new LinkedHashMap<>();
        int n = fm.totalN();
        int groups = fm.models().size();
        double h1 = h1LogLik(fm);
        double h0 = fm.logLik();
        double chisq = 2 * (h1 - h0);
        double chisqB = 2 * (h1 - baseline.logLik());
        out.put("npar", (double) npar);
        out.put("fmin", chisq / (2 * n));
        out.put("chisq", chisq);
        out.put("df", (double) df);
        out.put("pvalue", upperTail(chisq, df));
        Double c = scaling == null ? null : scaling.c();
        Double cB = scalingB == null ? null : scalingB.c();
        if (c != null) {
            // the Yuan–Bentler statistic is a scaled, not a mean-and-variance adjusted one: df unchanged
            out.put("chisq.scaled", chisq / c);
            out.put("df.scaled", (double) df);
            out.put("pvalue.scaled", upperTail(chisq / c, df));
            out.put("chisq.scaling.factor", c);
        }
        out.put("baseline.chisq", chisqB);
        out.put("baseline.df", (double) dfB);
        out.put("baseline.pvalue", upperTail(chisqB, dfB));
        if (cB != null) {
            out.put("baseline.chisq.scaled", chisqB / cB);
            out.put("baseline.df.scaled", (double) dfB);
            out.put("baseline.pvalue.scaled", upperTail(chisqB / cB, dfB));
            out.put("baseline.chisq.scaling.factor", cB);
        }
        Robust r = robust != null ? robust : c != null ? new Robust(chisq, c, chisqB, cB) : null;
        out.put("cfi", IncrementalFit.cfi(chisq, df, chisqB, dfB, 1, 1));
        out.put("tli", IncrementalFit.tli(chisq, df, chisqB, dfB, 1, 1));
        if (c != null) {
            out.put("cfi.scaled", IncrementalFit.cfi(chisq / c, df, chisqB / cB, dfB, 1, 1));
            out.put("tli.scaled", IncrementalFit.tli(chisq / c, df, chisqB / cB, dfB, 1, 1));
        }
        if (r != null) {
            out.put("cfi.robust", IncrementalFit.cfi(r.x2(), df, r.x2Null(), dfB, r.c(), r.cNull()));
            out.put("tli.robust", IncrementalFit.tli(r.x2(), df, r.x2Null(), dfB, r.c(), r.cNull()));
        }
        putOtherIncremental(out, "", chisq, df, chisqB, dfB);
        if (c != null) {
            putOtherIncremental(out, ".scaled", chisq / c, df, chisqB / cB, dfB);
        }
        if (r != null) {
            out.put("nnfi.robust", out.get("tli.robust"));
            out.put("rni.robust", IncrementalFit.rni(r.x2(), df, r.x2Null(), dfB, r.c(), r.cNull()));
        }
        // as lavaan with fixed.x: conditional on the covariates (χ² above is the same either way)
        double exogenous = ExogenousLikelihood.of(fm);
        double logl = h0 - exogenous;
        out.put("logl", logl);
        out.put("unrestricted.logl", h1 - exogenous);
        out.put("aic", -2 * logl + 2 * npar);
        out.put("bic", -2 * logl + npar * Math.log(n));
        out.put("ntotal", (double) n);
        out.put("bic2", -2 * logl + npar * Math.log((n + 2) / 24.0));
        putRmsea(out, "", chisq, df, n, groups, 1.0, chisq);
        out.put("rmsea.ci.level", RMSEA_LEVEL);
        out.put("rmsea.close.h0", CLOSE_H0);
        out.put("rmsea.notclose.h0", NOT_CLOSE_H0);
        if (c != null) {
            putRmsea(out, ".scaled", chisq, c * df, n, groups, 1.0, chisq); // lavaan: X² with df·c
        }
        if (r != null) {
            putRmsea(out, ".robust", r.x2(), df, n, groups, r.c(), r.x2() / r.c());
        }
        out.putAll(ResidualFit.of(fm));
        // Hoelter's critical N, GFI family, McDonald's MFI and ECVI use the unscaled X², as lavaan does
        out.put("cn_05", criticalN(chisq, df, n, 0.05));
        out.put("cn_01", criticalN(chisq, df, n, 0.01));
        GoodnessOfFit.Result gfi = GoodnessOfFit.of(fm, df);
        out.put("gfi", gfi.gfi());
        out.put("agfi", gfi.agfi());
        out.put("pgfi", gfi.pgfi());
        out.put("mfi", Math.exp(-0.5 * (chisq - df) / n));
        out.put("ecvi", chisq / n + 2.0 * npar / n);
        return out;
    }

    /** lavaan's {@code fitMeasures()} order of every measure this class computes. */
    public static final List<String> LAVAAN_ORDER = List.of("npar", "fmin", "chisq", "df", "pvalue", "chisq.scaled",
            "df.scaled", "pvalue.scaled", "chisq.scaling.factor", "baseline.chisq", "baseline.df", "baseline.pvalue",
            "baseline.chisq.scaled", "baseline.df.scaled", "baseline.pvalue.scaled", "baseline.chisq.scaling.factor",
            "cfi", "tli", "cfi.scaled", "tli.scaled", "cfi.robust", "tli.robust", "nnfi", "rfi", "nfi", "pnfi", "ifi",
            "rni", "nnfi.scaled", "rfi.scaled", "nfi.scaled", "pnfi.scaled", "ifi.scaled", "rni.scaled",
            "nnfi.robust", "rni.robust", "logl", "unrestricted.logl", "aic", "bic", "ntotal", "bic2",
            "scaling.factor.h1", "scaling.factor.h0", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "rmsea.ci.level",
            "rmsea.pvalue", "rmsea.close.h0", "rmsea.notclose.pvalue", "rmsea.notclose.h0", "rmsea.scaled",
            "rmsea.ci.lower.scaled", "rmsea.ci.upper.scaled", "rmsea.pvalue.scaled", "rmsea.notclose.pvalue.scaled",
            "rmsea.robust", "rmsea.ci.lower.robust", "rmsea.ci.upper.robust", "rmsea.pvalue.robust",
            "rmsea.notclose.pvalue.robust", "rmr", "rmr_nomean", "srmr", "srmr_bentler", "srmr_bentler_nomean",
            "crmr", "crmr_nomean", "srmr_mplus", "srmr_mplus_nomean", "cn_05", "cn_01", "gfi", "agfi", "pgfi", "mfi",
            "ecvi");

    /** The measures in {@link #LAVAAN_ORDER} (names it does not list last, in their own order). */
    public static Map<String, Double> inLavaanOrder(Map<String, Double> measures) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : LAVAAN_ORDER) {
            if (measures.containsKey(name)) {
                out.put(name, measures.get(name));
            }
        }
        measures.forEach(out::putIfAbsent);
        return out;
    }

    private static final double RMSEA_LEVEL = 0.90;
    private static final double CLOSE_H0 = 0.05;
    private static final double NOT_CLOSE_H0 = 0.08;

    private static void putOtherIncremental(Map<String, Double> out, String suffix, double x2, double df, double x2B,
            double dfB) {
        out.put("nnfi" + suffix, IncrementalFit.tli(x2, df, x2B, dfB, 1, 1));
        out.put("rfi" + suffix, IncrementalFit.rfi(x2, df, x2B, dfB));
        out.put("nfi" + suffix, IncrementalFit.nfi(x2, df, x2B, dfB));
        out.put("pnfi" + suffix, IncrementalFit.pnfi(x2, df, x2B, dfB));
        out.put("ifi" + suffix, IncrementalFit.ifi(x2, df, x2B, dfB));
        out.put("rni" + suffix, IncrementalFit.rni(x2, df, x2B, dfB, 1, 1));
    }

    /** Hoelter's critical N: the N at which X² would just reach significance at {@code alpha}. */
    static double criticalN(double x2, int df, int n, double alpha) {
        if (df == 0) {
            return x2 < Math.ulp(1.0) ? Double.NaN : 1.0;
        }
        double critical = new ChiSquaredDistribution(null, df, 1e-12).inverseCumulativeProbability(1 - alpha);
        return critical / (x2 / n) + 1;
    }

    private static void putRmsea(Map<String, Double> out, String suffix, double x2, double df, int n, int groups,
            double c, double x2Scaled) {
        out.put("rmsea" + suffix, Rmsea.value(x2, df, n, groups, c));
        double[] ci = Rmsea.interval(x2Scaled, df, n, groups, c, RMSEA_LEVEL);
        out.put("rmsea.ci.lower" + suffix, ci[0]);
        out.put("rmsea.ci.upper" + suffix, ci[1]);
        out.put("rmsea.pvalue" + suffix, Rmsea.closeFitP(x2Scaled, df, n, groups, c, CLOSE_H0));
        out.put("rmsea.notclose.pvalue" + suffix, Rmsea.notCloseFitP(x2Scaled, df, n, groups, c, NOT_CLOSE_H0));
    }

    /** Upper-tail chi-square probability ({@code NaN} for df ≤ 0). */
    public static double upperTail(double x2, double df) {
        if (df <= 0) {
            return Double.NaN;
        }
        // Q(df/2, x/2) directly: the upper tail without cancellation, and no distribution object
        // (whose constructor seeds a random generator) per call
        return Gamma.regularizedGammaQ(df / 2, Math.max(0, x2) / 2);
    }
}
