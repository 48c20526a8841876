package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.synergos.analysis.api.AnalysisResult;

/**
 * The methods paragraph of one analysis, written from the result's provenance the way a paper states
 * it: software and version, algorithm and options, seed, N and missing-data handling. PLS-SEM and CB-SEM
 * get their own wording; other engines a generic one. Keys the wording does not use are listed at the end,
 * never dropped, so an engine adding provenance never loses it from the report. Plain text: callers escape.
 */
final class MethodsParagraph {

    private final AnalysisResult result;
    private final Map<String, String> remaining;
    private final List<String> sentences = new ArrayList<>();

    private MethodsParagraph(AnalysisResult result) {
        this.result = result;
        this.remaining = new TreeMap<>(result.provenance());
    }

    /** The paragraph, or "" when the result has no provenance. */
    static String render(AnalysisResult result) {
        if (result.provenance().isEmpty()) {
            return "";
        }
        return new MethodsParagraph(result).write();
    }

    private String write() {
        switch (result.engineId()) {
        case "pls-sem" -> pls();
        case "cb-sem" -> cbsem();
        case "harman" -> harman();
        default -> generic();
        }
        if (!remaining.isEmpty()) {
            List<String> settings = new ArrayList<>();
            remaining.forEach((key, value) -> settings.add(key + " = " + (value.isBlank() ? "(empty)" : value)));
            sentences.add("Further settings: " + String.join("; ", settings) + ".");
        }
        return String.join(" ", sentences);
    }

    private void pls() {
        String software = software();
        boolean consistent = take("consistent").map(Boolean::parseBoolean).orElse(false);
        String algorithm = take("algorithm").orElse(consistent ? "consistent PLS (PLSc)" : "");
        Optional<String> weighting = take("weighting");
        List<String> options = new ArrayList<>();
        if (!algorithm.isEmpty()) {
            options.add(algorithm);
        }
        weighting.ifPresent(w -> options.add(w + " weighting scheme"));
        StringBuilder estimation = new StringBuilder("The model was estimated with PLS-SEM");
        if (!options.isEmpty()) {
            estimation.append(" (").append(String.join(", ", options)).append(')');
        }
        estimation.append(" in ").append(software);
        convergence(estimation, "the algorithm");
        sentences.add(estimation.append('.').toString());
        Optional<String> seed = take("seed");
        Optional<String> confidence = take("confidence");
        long resamples = takeCount("bootstrap");
        if (resamples > 0) {
            StringBuilder bootstrap = new StringBuilder("Significance was assessed by bootstrapping with ")
                    .append(count(resamples)).append(" resamples");
            seed.ifPresent(s -> bootstrap.append(" (seed ").append(s).append(')'));
            confidence.ifPresent(c -> bootstrap.append(", with ").append(percent(c))
                    .append(" percentile and bias-corrected and accelerated (BCa) confidence intervals"));
            sentences.add(bootstrap.append('.').toString());
        } else if (resamples == 0) {
            sentences.add("No bootstrapping was run, so no significance tests are reported.");
        }
        List<String> prediction = new ArrayList<>();
        long distance = takeCount("blindfolding");
        if (distance > 0) {
            prediction.add("Q² by blindfolding (omission distance D = " + distance + ")");
        }
        long folds = takeCount("plspredict-folds");
        Optional<String> technique = take("plspredict-technique");
        Optional<String> benchmark = take("plspredict-benchmark");
        if (folds > 0) {
            StringBuilder plsPredict = new StringBuilder("out-of-sample prediction by PLSpredict (").append(folds)
                    .append("-fold cross-validation");
            technique.ifPresent(t -> plsPredict.append(", ").append(t).append(" technique"));
            // the default benchmark follows the technique; only seminr 2.3.2's variant needs saying
            benchmark.filter("all-other-indicators"::equals)
                    .ifPresent(b -> plsPredict.append(", linear-model benchmark on all other indicators"));
            prediction.add(plsPredict.append(')').toString());
        }
        if (!prediction.isEmpty()) {
            sentences.add("Predictive power was assessed with " + String.join(" and ", prediction) + ".");
        }
        sample(Map.of("listwise", "listwise deletion of cases with missing values", "mean",
                "mean replacement of missing values"));
    }

    private void cbsem() {
        String software = software();
        String estimator = take("estimator").map(e -> switch (e) {
        case "ML" -> "maximum likelihood (ML)";
        case "MLR" -> "robust maximum likelihood (MLR: Huber–White standard errors, Yuan–Bentler scaled test statistic)";
        default -> e;
        }).orElse("");
        StringBuilder estimation = new StringBuilder("The model was estimated by covariance-based SEM");
        if (!estimator.isEmpty()) {
            estimation.append(" with ").append(estimator);
        }
        estimation.append(" in ").append(software);
        take("information").ifPresent(i -> estimation.append(", standard errors from the ").append(i)
                .append(" information matrix"));
        convergence(estimation, "the optimiser");
        sentences.add(estimation.append('.').toString());
        Optional<String> seed = take("seed");
        long draws = takeCount("bootstrap");
        if (draws > 0) {
            sentences.add("Standard errors and confidence intervals were bootstrapped with " + count(draws) + " draws"
                    + seed.map(s -> " (seed " + s + ")").orElse("") + ".");
        }
        Optional<String> equal = take("group-equal");
        take("group").filter(g -> !g.isBlank()).ifPresent(g -> sentences.add("A multigroup model was fitted across the "
                + "groups in column '" + g + "' (" + equal.map(MethodsParagraph::invariance).orElse("configural")
                + ")."));
        long modificationIndices = takeCount("mi-rows");
        if (modificationIndices > 0) {
            sentences.add("The " + modificationIndices + " largest modification indices are listed.");
        }
        sample(Map.of("listwise", "listwise deletion of cases with missing values", "fiml",
                "full-information maximum likelihood (FIML) for missing values"));
    }

    private void harman() {
        StringBuilder test = new StringBuilder("Common-method variance was assessed with Harman's single-factor test");
        take("method").ifPresent(m -> test.append(" (").append(m).append(')'));
        take("items").ifPresent(i -> test.append(" on ").append(i).append(" items"));
        test.append(" in ").append(software());
        take("threshold").ifPresent(t -> test.append("; a first factor explaining ").append(percent(t))
                .append(" or more of the variance indicates common-method bias"));
        sentences.add(test.append('.').toString());
        sample(Map.of());
    }

    private void generic() {
        sentences.add("The analysis was run with " + software() + ".");
        for (String key : List.of("algorithm", "method", "estimator")) {
            take(key).ifPresent(v -> sentences.add(capitalised(key) + ": " + v + "."));
        }
        if (remaining.containsKey("data")) {
            Optional<String> rows = take("rows");
            sentences.add("Data: " + take("data").orElseThrow()
                    + rows.map(r -> " (" + count(parseLong(r), r) + " rows)").orElse("") + ".");
        }
        Optional<String> correlationN = take("correlation.n");
        take("correlation").ifPresent(c -> sentences.add("Correlations: " + c
                + correlationN.map(n -> " (N = " + n + ")").orElse("") + "."));
        take("skewness.kurtosis").ifPresent(s -> sentences.add("Skewness and kurtosis: " + s + "."));
        take("seed").ifPresent(s -> sentences.add("Random seed: " + s + "."));
        sample(Map.of());
    }

    /** "; the algorithm converged after 4 iterations (maximum 300, stop criterion 1.0E-7)". */
    private void convergence(StringBuilder sentence, String what) {
        Optional<String> iterations = take("iterations");
        Optional<String> maximum = take("max-iterations");
        Optional<String> tolerance = take("tolerance");
        if (iterations.isEmpty()) {
            maximum.ifPresent(m -> remaining.put("max-iterations", m));
            tolerance.ifPresent(t -> remaining.put("tolerance", t));
            return;
        }
        sentence.append("; ").append(what).append(" converged after ").append(iterations.get()).append(" iterations");
        List<String> limits = new ArrayList<>();
        maximum.ifPresent(m -> limits.add("maximum " + m));
        tolerance.ifPresent(t -> limits.add("stop criterion " + t));
        if (!limits.isEmpty()) {
            sentence.append(" (").append(String.join(", ", limits)).append(')');
        }
    }

    /** "N = 314 cases were used (listwise deletion …)." from {@code n} and {@code missing}. */
    private void sample(Map<String, String> missingWording) {
        Optional<String> n = take("n");
        Optional<String> missing = take("missing");
        String handling = missing.map(m -> missingWording.getOrDefault(m, "missing data: " + m)).orElse("");
        if (n.isPresent()) {
            sentences.add("N = " + count(parseLong(n.get()), n.get()) + " cases were used"
                    + (handling.isEmpty() ? "" : " (" + handling + ")") + ".");
        } else if (!handling.isEmpty()) {
            sentences.add("Missing data: " + handling + ".");
        }
    }

    private String software() {
        return take("software").orElse("Synergos engine " + result.engineId()
                + (result.engineVersion().isEmpty() ? "" : " " + result.engineVersion()));
    }

    private Optional<String> take(String key) {
        return Optional.ofNullable(remaining.remove(key));
    }

    /** A whole-number setting; -1 when absent; an unreadable value stays listed and counts as absent. */
    private long takeCount(String key) {
        Optional<String> text = take(key);
        if (text.isEmpty()) {
            return -1;
        }
        long value = parseLong(text.get());
        if (value == Long.MIN_VALUE) {
            remaining.put(key, text.get());
            return -1;
        }
        return value;
    }

    private static String invariance(String groupEqual) {
        return switch (groupEqual) {
        case "none", "" -> "configural";
        case "loadings" -> "loadings constrained equal";
        case "loadings,intercepts" -> "loadings and intercepts constrained equal";
        default -> "equal across groups: " + groupEqual;
        };
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** 5000 → "5,000". */
    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** As {@link #count(long)}; text that is no whole number stays as it is. */
    private static String count(long value, String original) {
        return value == Long.MIN_VALUE ? original : count(value);
    }

    /** "0.95" → "95%"; anything else stays as written. */
    private static String percent(String proportion) {
        try {
            return new java.math.BigDecimal(proportion.trim()).movePointRight(2).stripTrailingZeros().toPlainString()
                    + "%";
        } catch (NumberFormatException e) {
            return proportion;
        }
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
