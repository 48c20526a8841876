package org.synergos.report.internal;

import org.synergos.model.ExpectedSign;

/**
 * One tested effect as a results paragraph states it. The texts are the table cells formatted exactly as
 * the tables show them (so every number in the prose can be found in a table); the raw numbers decide
 * support.
 *
 * @param hypothesis label such as "H1", "" when the effect tests no labelled hypothesis
 * @param effect what it connects, e.g. "NQPF → CIP" or "NQPF → DT → CIP"
 * @param estimate formatted estimate, e.g. "0.283"
 * @param estimateValue the estimate
 * @param statisticName "t" (bootstrap) or "z" (CB-SEM)
 * @param statistic formatted test statistic, "" when there is none
 * @param p formatted p-value (".042", "< .001"), "" when there is none
 * @param pValue the p-value, NaN when there is none
 * @param expectedSign the hypothesised sign
 */
record Finding(String hypothesis, String effect, String estimate, double estimateValue, String statisticName,
        String statistic, String p, double pValue, ExpectedSign expectedSign) {

    static final double ALPHA = 0.05;

    boolean isTested() {
        return !Double.isNaN(pValue);
    }

    boolean isSignificant() {
        return pValue < ALPHA;
    }

    boolean hasExpectedSign() {
        return switch (expectedSign == null ? ExpectedSign.UNSPECIFIED : expectedSign) {
        case POSITIVE -> estimateValue > 0;
        case NEGATIVE -> estimateValue < 0;
        default -> true;
        };
    }

    /** Supported: significant at .05 with the hypothesised sign (any sign when none is hypothesised). */
    boolean isSupported() {
        return isSignificant() && hasExpectedSign();
    }

    /** "t = 6.911, p < .001" (without the parts that are missing). */
    String test() {
        StringBuilder text = new StringBuilder();
        if (!statistic.isEmpty()) {
            text.append(statisticName).append(" = ").append(statistic);
        }
        if (!p.isEmpty()) {
            text.append(text.isEmpty() ? "" : ", ").append(p.startsWith("<") ? "p " + p : "p = " + p);
        }
        return text.toString();
    }
}
