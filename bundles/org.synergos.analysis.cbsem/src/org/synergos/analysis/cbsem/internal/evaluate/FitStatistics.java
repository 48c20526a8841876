package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.math3.special.Gamma;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;

/**
 * Fit measures under lavaan's names: likelihood-ratio chi-square {@code 2(ℓ₁ - ℓ₀)} against the
 * saturated model, the independence baseline, CFI (Bentler 1990), TLI (Tucker &amp; Lewis 1973), NFI,
 * IFI, RNI, RMSEA with CI and close-fit tests (Browne &amp; Cudeck 1993), SRMR, log-likelihoods, AIC,
 * BIC and sample-size adjusted BIC. With a Yuan–Bentler scaling (MLR) also the scaled statistics and
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
     */
    public static Map<String, Double> compute(FittedModel fm, FittedModel baseline, int df, int dfB,
            YuanBentlerScaling.Result scaling, YuanBentlerScaling.Result scalingB, Robust robust) {
        Map<String, Double> out = new LinkedHashMap<>();
        int npar = fm.table().freeCount();
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
        out.put("cfi", cfi(chisq, df, chisqB, dfB));
        out.put("tli", tli(chisq, df, chisqB, dfB));
        if (c != null) {
            out.put("cfi.scaled", cfi(chisq / c, df, chisqB / cB, dfB));
            out.put("tli.scaled", tli(chisq / c, df, chisqB / cB, dfB));
        }
        Robust r = robust != null ? robust : c != null ? new Robust(chisq, c, chisqB, cB) : null;
        if (r != null) {
            // robust: replace X² - df by X² - c·df
            double t1 = Math.max(r.x2() - r.c() * df, 0);
            double t2 = Math.max(Math.max(r.x2() - r.c() * df, r.x2Null() - r.cNull() * dfB), 0);
            out.put("cfi.robust", t2 == 0 ? 1.0 : 1 - t1 / t2);
            double tliRobust = df == 0 ? 1.0
                    : 1 - ((r.x2() - r.c() * df) / df) / ((r.x2Null() - r.cNull() * dfB) / dfB);
            out.put("tli.robust", tliRobust);
            out.put("nnfi.robust", tliRobust);
        }
        out.put("nnfi", out.get("tli"));
        out.put("rfi", ((chisqB / dfB) - (chisq / df)) / (chisqB / dfB));
        out.put("nfi", (chisqB - chisq) / chisqB);
        out.put("ifi", (chisqB - chisq) / (chisqB - df));
        out.put("rni", 1 - (chisq - df) / (chisqB - dfB));
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
        if (c != null) {
            putRmsea(out, ".scaled", chisq, c * df, n, groups, 1.0, chisq); // lavaan: X² with df·c
        }
        if (r != null) {
            putRmsea(out, ".robust", r.x2(), df, n, groups, r.c(), r.x2() / r.c());
        }
        double srmr = Srmr.of(fm);
        out.put("srmr", srmr);
        out.put("srmr_bentler", srmr);
        return out;
    }

    private static void putRmsea(Map<String, Double> out, String suffix, double x2, double df, int n, int groups,
            double c, double x2Scaled) {
        out.put("rmsea" + suffix, Rmsea.value(x2, df, n, groups, c));
        double[] ci = Rmsea.interval(x2Scaled, df, n, groups, c, 0.90);
        out.put(suffix.isEmpty() ? "rmsea.ci.lower" : "rmsea.ci.lower" + suffix, ci[0]);
        out.put(suffix.isEmpty() ? "rmsea.ci.upper" : "rmsea.ci.upper" + suffix, ci[1]);
        out.put("rmsea.pvalue" + suffix, Rmsea.closeFitP(x2Scaled, df, n, groups, c, 0.05));
        out.put("rmsea.notclose.pvalue" + suffix, Rmsea.notCloseFitP(x2Scaled, df, n, groups, c, 0.08));
    }

    static double cfi(double x2, double df, double x2B, double dfB) {
        double t1 = Math.max(x2 - df, 0);
        double t2 = Math.max(Math.max(x2 - df, x2B - dfB), 0);
        return t2 == 0 ? 1.0 : 1 - t1 / t2;
    }

    static double tli(double x2, double df, double x2B, double dfB) {
        if (df == 0) {
            return 1.0;
        }
        return ((x2B / dfB) - (x2 / df)) / ((x2B / dfB) - 1);
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
