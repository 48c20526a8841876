package org.synergos.analysis.events.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.TestResources;

/**
 * Optimal matching on hand-made sequences (distances derived by hand below; TraMineR is not installed
 * here), transition rates and supports by hand, clustering against base R 4.2.2 {@code hclust}
 * (resources/r/hclust.R), tolerance 1e-12.
 */
class SequenceMethodsTest {

    private static List<String> seq(String letters) {
        return letters.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    @Test
    void optimalMatchingWithSubstitution2AndIndel1() {
        OptimalMatching om = new OptimalMatching(2, 1);
        // ABC vs ACB: keep A, then either substitute B<->C twice (2 + 2 = 4) or delete B and re-insert it after
        // C (1 + 1 = 2): 2. With sub = 2 * indel, OM = |a| + |b| - 2 * LCS = 3 + 3 - 2 * 2 = 2.
        assertEquals(2, om.distance(seq("ABC"), seq("ACB")));
        // AB vs the empty sequence: two deletions
        assertEquals(2, om.distance(seq("AB"), List.of()));
        // ABC vs XYZ: nothing in common, 3 substitutions (6) = 3 deletions + 3 insertions (6)
        assertEquals(6, om.distance(seq("ABC"), seq("XYZ")));
        // identical sequences
        assertEquals(0, om.distance(seq("ABCA"), seq("ABCA")));
        // ABCD vs ABD: delete C
        assertEquals(1, om.distance(seq("ABCD"), seq("ABD")));
    }

    @Test
    void cheaperSubstitutionChangesTheOptimalEdit() {
        OptimalMatching om = new OptimalMatching(1, 1);
        // ABC vs XYZ: 3 substitutions at cost 1 = 3 (< 6 indels)
        assertEquals(3, om.distance(seq("ABC"), seq("XYZ")));
        // A vs B with sub 1.5: one substitution 1.5 < delete + insert 2
        assertEquals(1.5, new OptimalMatching(1.5, 1).distance(seq("A"), seq("B")));
        // AB vs BA with sub 1.5: two substitutions 3 > delete A, insert A at the end 2
        assertEquals(2, new OptimalMatching(1.5, 1).distance(seq("AB"), seq("BA")));
        double[][] d = om.matrix(List.of(seq("AB"), seq("BA"), seq("A")));
        assertEquals(d[0][1], d[1][0]);
        assertEquals(1, d[0][2]); // delete B
    }

    @Test
    void transitionRatesAreConditionalOnTheCurrentType() {
        // A->B, B->C, A->C, A->B: from A 3 transitions (B twice, C once); from B 1 (to C); C never followed
        TransitionRates rates = new TransitionRates(List.of(seq("ABC"), seq("AC"), seq("AB")));
        assertEquals(List.of("A", "B", "C"), rates.types());
        assertEquals(2.0 / 3, rates.rate(0, 1), 1e-15);
        assertEquals(1.0 / 3, rates.rate(0, 2), 1e-15);
        assertEquals(1.0, rates.rate(1, 2), 0.0);
        assertTrue(Double.isNaN(rates.rate(2, 0)));
    }

    @Test
    void frequentSubsequencesCountCasesContainingTheOrderedPattern() {
        // A in 3/3, B 2/3, C 2/3, A->B 2/3 (ABC, AB), A->C 2/3 (ABC, AC), B->C 1/3, A->B->C 1/3
        List<FrequentSubsequences> found = FrequentSubsequences.find(List.of(seq("ABC"), seq("AC"), seq("AB")), 0.5);
        assertEquals(List.of("A", "B", "C", "A → B", "A → C"), found.stream().map(FrequentSubsequences::text).toList());
        assertEquals(1.0, found.get(0).support());
        assertTrue(FrequentSubsequences.contains(seq("AXBYC"), seq("ABC")));
        assertFalse(FrequentSubsequences.contains(seq("CBA"), seq("ABC")));
    }

    private static final double[][] D = { { 0, 2, 6, 10, 9 }, { 2, 0, 5, 9, 8 }, { 6, 5, 0, 4, 5 },
            { 10, 9, 4, 0, 3 }, { 9, 8, 5, 3, 0 } };

    @Test
    void averageLinkageMatchesRHclust() {
        check(Agglomerative.Linkage.AVERAGE, "average");
    }

    @Test
    void wardMatchesRHclustWardD2() {
        check(Agglomerative.Linkage.WARD, "ward.D2");
    }

    private static void check(Agglomerative.Linkage linkage, String rMethod) {
        List<Agglomerative.Merge> merges = Agglomerative.cluster(D, linkage);
        ReferenceTable heights = TestResources.table("resources/r/hclust_" + rMethod + ".csv");
        for (int step = 0; step < merges.size(); step++) {
            assertEquals(heights.number(step, "height"), merges.get(step).height(), 1e-12, rMethod + " step " + (step + 1));
        }
        ReferenceTable cut = TestResources.table("resources/r/cutree2_" + rMethod + ".csv");
        int[] expected = new int[5];
        for (int i = 0; i < 5; i++) {
            expected[i] = (int) cut.number(i, "cluster");
        }
        assertArrayEquals(expected, Agglomerative.cut(5, merges, 2));
    }
}
