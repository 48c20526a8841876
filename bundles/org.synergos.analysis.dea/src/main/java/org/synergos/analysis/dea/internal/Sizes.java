package org.synergos.analysis.dea.internal;

import java.util.Locale;
import java.util.Optional;

import org.synergos.analysis.api.AnalysisException;

/** How many DMUs a DEA needs for m inputs and s outputs. */
public final class Sizes {

    private Sizes() {
    }

    /**
     * Refuses n ≤ m + s: with no more DMUs than inputs and outputs together the programmes have as many
     * constraints as DMUs and nearly every DMU comes out efficient, so the scores do not discriminate.
     */
    public static void require(int n, int m, int s, String where) throws AnalysisException {
        if (n <= m + s) {
            throw new AnalysisException(String.format(Locale.ROOT, "%s has %d DMU%s for %d input%s and %d output%s: DEA"
                    + " needs more DMUs than inputs and outputs together (at least %d), and the rule of thumb of Cooper,"
                    + " Seiford & Tone (2007) asks for max(m·s, 3(m + s)) = %d", where, n, n == 1 ? "" : "s", m,
                    m == 1 ? "" : "s", s, s == 1 ? "" : "s", m + s + 1, ruleOfThumb(m, s)));
        }
    }

    /** Cooper, Seiford &amp; Tone (2007): n ≥ max(m·s, 3(m + s)). */
    public static int ruleOfThumb(int m, int s) {
        return Math.max(m * s, 3 * (m + s));
    }

    /** A warning text when n is below the rule of thumb. */
    public static Optional<String> warning(int n, int m, int s, String where) {
        int wanted = ruleOfThumb(m, s);
        if (n >= wanted) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s has %d DMUs for %d input%s and %d output%s, fewer than the"
                + " rule of thumb n ≥ max(m·s, 3(m + s)) = %d (Cooper, Seiford & Tone 2007): the scores discriminate poorly",
                where, n, m, m == 1 ? "" : "s", s, s == 1 ? "" : "s", wanted));
    }
}
