package org.synergos.analysis.cbsem.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.cbsem.core.FitMeasures;
import org.synergos.analysis.cbsem.core.SemResult;

/**
 * The "All fit measures" table: every measure of the fit under lavaan 0.6's {@code fitMeasures()} name
 * and in its order, so any lavaan number can be looked up, with a plain-language description; the note
 * says which families are absent for this estimator and why.
 */
final class FitMeasureTable {

    /** Descriptions of the base names; {@code .scaled} / {@code .robust} variants add a suffix. */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("npar", "free parameters"),
            Map.entry("fmin", "minimum of the fit function (χ² / 2N)"),
            Map.entry("chisq", "model χ² (likelihood ratio against the saturated model)"),
            Map.entry("df", "degrees of freedom"),
            Map.entry("pvalue", "p of the model χ²"),
            Map.entry("chisq.scaling.factor", "scaling factor of the model χ² (Yuan–Bentler)"),
            Map.entry("baseline.chisq", "baseline (independence) model χ²"),
            Map.entry("baseline.df", "baseline degrees of freedom"),
            Map.entry("baseline.pvalue", "p of the baseline χ²"),
            Map.entry("baseline.chisq.scaling.factor", "scaling factor of the baseline χ²"),
            Map.entry("cfi", "comparative fit index (Bentler 1990)"),
            Map.entry("tli", "Tucker–Lewis index"),
            Map.entry("nnfi", "non-normed fit index (= TLI)"),
            Map.entry("rfi", "relative fit index (Bollen 1986)"),
            Map.entry("nfi", "normed fit index (Bentler & Bonett 1980)"),
            Map.entry("pnfi", "parsimony normed fit index"),
            Map.entry("ifi", "incremental fit index (Bollen 1989)"),
            Map.entry("rni", "relative noncentrality index"),
            Map.entry("logl", "log-likelihood of the model"),
            Map.entry("unrestricted.logl", "log-likelihood of the saturated model"),
            Map.entry("aic", "Akaike information criterion"),
            Map.entry("bic", "Bayesian information criterion"),
            Map.entry("ntotal", "cases used"),
            Map.entry("bic2", "sample-size adjusted BIC"),
            Map.entry("scaling.factor.h1", "Yuan–Bentler scaling factor of the saturated model"),
            Map.entry("scaling.factor.h0", "Yuan–Bentler scaling factor of the model"),
            Map.entry("rmsea", "root mean square error of approximation"),
            Map.entry("rmsea.ci.lower", "RMSEA, lower confidence limit"),
            Map.entry("rmsea.ci.upper", "RMSEA, upper confidence limit"),
            Map.entry("rmsea.ci.level", "confidence level of the RMSEA interval"),
            Map.entry("rmsea.pvalue", "p of the close-fit test (H0: RMSEA ≤ rmsea.close.h0)"),
            Map.entry("rmsea.close.h0", "RMSEA bound of the close-fit test"),
            Map.entry("rmsea.notclose.pvalue", "p of the not-close-fit test (H0: RMSEA ≥ rmsea.notclose.h0)"),
            Map.entry("rmsea.notclose.h0", "RMSEA bound of the not-close-fit test"),
            Map.entry("rmr", "root mean square residual"),
            Map.entry("rmr_nomean", "root mean square residual, without means"),
            Map.entry("srmr", "standardized root mean square residual (Bentler)"),
            Map.entry("srmr_bentler", "SRMR, Bentler's definition"),
            Map.entry("srmr_bentler_nomean", "SRMR, Bentler's definition, without means"),
            Map.entry("crmr", "correlation root mean square residual (Bollen)"),
            Map.entry("crmr_nomean", "CRMR, without means"),
            Map.entry("srmr_mplus", "SRMR, Mplus definition"),
            Map.entry("srmr_mplus_nomean", "SRMR, Mplus definition, without means"),
            Map.entry("cn_05", "Hoelter's critical N, α = .05"),
            Map.entry("cn_01", "Hoelter's critical N, α = .01"),
            Map.entry("gfi", "goodness-of-fit index"),
            Map.entry("agfi", "adjusted goodness-of-fit index"),
            Map.entry("pgfi", "parsimony goodness-of-fit index"),
            Map.entry("mfi", "McDonald's fit index"),
            Map.entry("ecvi", "expected cross-validation index"));

    private FitMeasureTable() {
    }

    static ResultTable of(SemResult fit) {
        FitMeasures measures = fit.fitMeasures();
        ResultTable.Builder table = ResultTable.builder("fit-all", "All fit measures")
                .column(ResultColumn.text("measure", "Measure")).column(ResultColumn.decimal("value", "Value", 6))
                .column(ResultColumn.text("description", "Description"));
        for (String name : measures.names()) {
            table.row(name, measures.get(name), description(name));
        }
        table.note("Names and order as lavaan 0.6's fitMeasures(fit); estimator " + fit.options().estimator().name()
                + ", missing data " + fit.options().missing().name().toLowerCase(java.util.Locale.ROOT)
                + "; RMSEA interval and close-fit bounds at lavaan's defaults.");
        for (String note : absent(measures)) {
            table.note(note);
        }
        List<String> refused = new ArrayList<>();
        FitMeasures.NOT_REPORTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> refused.add(e.getKey() + " (" + e.getValue() + ")"));
        table.note("Not applicable to these models: " + String.join("; ", refused) + ".");
        return table.build();
    }

    /** Why the scaled and robust families are missing, when they are (as in lavaan). */
    private static List<String> absent(FitMeasures measures) {
        List<String> notes = new ArrayList<>();
        if (!measures.has("chisq.scaled")) {
            notes.add("No scaled measures (chisq.scaled, df.scaled, chisq.scaling.factor, *.scaled): they need a"
                    + " scaled test statistic, i.e. estimator MLR or MLM.");
        }
        if (!measures.has("cfi.robust")) {
            notes.add("No robust measures (cfi.robust, tli.robust, rmsea.robust with its interval and tests, …):"
                    + " lavaan defines them for a scaled test (MLR, MLM) or FIML (missing = fiml).");
        }
        return notes;
    }

    static String description(String name) {
        for (String suffix : new String[] {".scaled", ".robust"}) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                String d = DESCRIPTIONS.get(base);
                return d == null ? "" : d + " (" + suffix.substring(1) + ")";
            }
        }
        String d = DESCRIPTIONS.get(name);
        return d == null ? "" : d;
    }
}
