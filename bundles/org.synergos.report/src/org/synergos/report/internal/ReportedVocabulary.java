package org.synergos.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The declared vocabulary of reported statistic names and where an engine run's result holds the recomputed
 * value. One place: the comparison table and the consistency checks use these names, nothing else spells them.
 * <ul>
 * <li>an {@link ElementKey}: the element value {@code ElementValue(subject id, key)} (pls-sem's and cb-sem's
 * diagram values: {@code beta}, {@code t}, {@code p}, {@code r2}, {@code loading}, {@code indirect});</li>
 * <li>a {@link TableCell}: a result table's cell, its row keyed by the first cell (the subject's code, or a fixed
 * row label) and its column by id ({@code reliability}/{@code alpha}, {@code r2}/{@code q2},
 * {@code fit}/{@code value}, {@code descriptives}/{@code mean});</li>
 * <li>a {@link CorrelationCell}: a correlation matrix's cell for the subject's code and the {@code <CODE>} of
 * {@code correlation_with_<CODE>}, in either triangle (pls-sem's {@code fornell-larcker} holds the
 * construct-score correlations below its √AVE diagonal; descriptive's {@code correlations} those of data columns);</li>
 * <li>a {@link ProvenanceKey}: a provenance entry ({@code n}, the observations the engine used).</li>
 * </ul>
 * Names known here with no place in any result ({@code minimum}, {@code upper_bound}, …) and names not known
 * here are listed in the report as not recomputed, with the reason.
 */
final class ReportedVocabulary {

    static final String BETA = "beta";
    static final String T = "t";
    static final String P = "p";
    static final String P_BELOW = "p_below";
    static final String SE = "se";
    static final String R2 = "r2";
    static final String Q2 = "q2";
    static final String MEAN = "mean";
    static final String SD = "sd";
    static final String CRONBACH_ALPHA = "cronbach_alpha";
    static final String COMPOSITE_RELIABILITY = "composite_reliability";
    static final String AVE = "ave";
    static final String SRMR = "srmr";
    static final String INDIRECT_EFFECT = "indirect_effect";
    static final String LOADING = "loading";
    static final String N = "n";
    static final String DF = "df";
    static final String MINIMUM_SAMPLE_SIZE = "minimum_sample_size";
    static final String MINIMUM = "minimum";
    static final String MAXIMUM = "maximum";
    /** {@code correlation_with_<CODE>}: the correlation of the subject with the construct coded {@code CODE}. */
    static final String CORRELATION_PREFIX = "correlation_with_";
    /** The subject label of the model-wide minimum/maximum outer loading. */
    static final String OUTER_LOADINGS = "outer loadings";

    /** Where a recomputed value lives in an engine's result. */
    sealed interface Location permits ElementKey, TableCell, CorrelationCell, ProvenanceKey {
        /** "element value beta", "table reliability, column alpha" */
        String describe();
    }

    record ElementKey(String key) implements Location {
        @Override
        public String describe() {
            return "element value " + key;
        }
    }

    /** @param row the row's first cell, null for the subject's code */
    record TableCell(String tableId, String row, String columnId) implements Location {
        @Override
        public String describe() {
            return "table " + tableId + (row == null ? "" : ", row " + row) + ", column " + columnId;
        }
    }

    record CorrelationCell(String tableId) implements Location {
        @Override
        public String describe() {
            return "table " + tableId;
        }
    }

    record ProvenanceKey(String key) implements Location {
        @Override
        public String describe() {
            return "provenance " + key;
        }
    }

    private static final Map<String, List<Location>> LOCATIONS = new LinkedHashMap<>();

    static {
        LOCATIONS.put(BETA, List.of(new ElementKey("beta")));
        LOCATIONS.put(T, List.of(new ElementKey("t")));
        LOCATIONS.put(P, List.of(new ElementKey("p")));
        LOCATIONS.put(INDIRECT_EFFECT, List.of(new ElementKey("indirect")));
        LOCATIONS.put(R2, List.of(new ElementKey("r2"), new TableCell("r2", null, "r2")));
        LOCATIONS.put(Q2, List.of(new TableCell("r2", null, "q2")));
        LOCATIONS.put(LOADING, List.of(new ElementKey("loading")));
        LOCATIONS.put(CRONBACH_ALPHA, List.of(new TableCell("reliability", null, "alpha")));
        LOCATIONS.put(COMPOSITE_RELIABILITY, List.of(new TableCell("reliability", null, "rhoC")));
        LOCATIONS.put(AVE, List.of(new TableCell("reliability", null, "ave")));
        LOCATIONS.put(SRMR, List.of(new TableCell("fit", "SRMR (composite model)", "value")));
        LOCATIONS.put(MEAN, List.of(new TableCell("descriptives", null, "mean")));
        LOCATIONS.put(SD, List.of(new TableCell("descriptives", null, "sd")));
        LOCATIONS.put(N, List.of(new ProvenanceKey("n")));
    }

    private ReportedVocabulary() {
    }

    /** Where the statistic {@code name} is recomputed, in the order tried; empty when nothing recomputes it. */
    static List<Location> locations(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.startsWith(CORRELATION_PREFIX) && key.length() > CORRELATION_PREFIX.length()) {
            return List.of(new CorrelationCell("fornell-larcker"), new CorrelationCell("correlations"));
        }
        return LOCATIONS.getOrDefault(key, List.of());
    }

    /** The {@code CODE} of {@code correlation_with_<CODE>}, as stored (case kept). */
    static Optional<String> correlatedCode(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith(CORRELATION_PREFIX) && name.length() > CORRELATION_PREFIX.length()
                ? Optional.of(name.substring(CORRELATION_PREFIX.length()))
                : Optional.empty();
    }
}
