package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;

/**
 * Bootstrap SEs (1,000 ordinary nonparametric draws) against lavaan 0.6-14, R 4.2.2
 * ({@code poldem_ml_bootse1000_params.csv}, {@code se = "bootstrap"}, other seed and generator):
 * the two are independent Monte Carlo estimates (each ~3% of the SE), so the tolerance is 12%
 * relative per parameter and 4% for the mean absolute relative deviation. Results must not depend on
 * the number of threads.
 */
class SemBootstrapTest {

    private static final DataSet DATA = LavaanReference.data("PoliticalDemocracy.csv");

    @Test
    void bootstrapStandardErrorsAgreeWithLavaanWithinMonteCarloError() {
        SemResult r = Sem.fit(LavaanReference.politicalDemocracy(), DATA,
                SemOptions.builder().bootstrap(1000, 20240601L).build());
        assertEquals(1000, r.bootstrapDraws() + r.bootstrapFailed());
        ReferenceTable ref = ReferenceResults.table("lavaan_poldem/poldem_ml_bootse1000_params.csv");
        double sum = 0;
        int count = 0;
        double max = 0;
        for (int i = 0; i < ref.rowCount(); i++) {
            ParameterEstimate e = r.estimate(ref.cell(i, "lhs"), Operator.ofSymbol(ref.cell(i, "op")),
                    ref.cell(i, "rhs"), 1);
            if (!e.parameter().isFree()) {
                continue;
            }
            double expected = ref.number(i, "se");
            double dev = Math.abs(e.se() - expected) / expected;
            assertTrue(dev < 0.12, e.parameter() + ": bootstrap SE " + e.se() + " vs " + expected
                    + " (lavaan 0.6-14, R 4.2.2), deviation " + dev);
            sum += dev;
            max = Math.max(max, dev);
            count++;
            assertTrue(e.ciLower() < e.estimate() && e.estimate() < e.ciUpper(), "percentile CI brackets estimate");
        }
        System.out.println("bootstrap: mean relative SE deviation vs lavaan 0.6-14 = " + sum / count + ", max " + max);
        // inadmissible draws (lavaan's post-check), kept and counted; lavaan's share comes from its own 1,000
        // draws (poldem_boot_counts.json), so the two agree within Monte Carlo error: the SE of a difference of two
        // shares near 1/3 from 1,000 draws each is 0.021; tolerance 0.07
        com.fasterxml.jackson.databind.JsonNode counts = LavaanReference.json("lavaan_inspect/poldem_boot_counts.json");
        double lavaanShare = counts.get("bootse1000_n_boot_nonadmissible").asDouble() / 1000;
        double share = (double) r.bootstrapInadmissible() / 1000;
        System.out.println("bootstrap: inadmissible draws " + r.bootstrapInadmissible() + " (lavaan 0.6-14: "
                + counts.get("bootse1000_n_boot_nonadmissible").asInt() + "), failed " + r.bootstrapFailed());
        assertTrue(Math.abs(share - lavaanShare) < 0.07, "inadmissible share " + share + " vs lavaan's " + lavaanShare);
        assertEquals(counts.get("bootse1000_n_boot_failed").asInt(), r.bootstrapFailed(), "failed draws (lavaan: none)");
        assertTrue(sum / count < 0.04, "mean relative deviation " + sum / count);
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        SemOptions one = SemOptions.builder().bootstrap(100, 7L).threads(1).build();
        SemOptions two = SemOptions.builder().bootstrap(100, 7L).threads(2).build();
        SemResult a = Sem.fit(LavaanReference.politicalDemocracy(), DATA, one);
        SemResult b = Sem.fit(LavaanReference.politicalDemocracy(), DATA, two);
        for (int i = 0; i < a.estimates().size(); i++) {
            assertEquals(a.estimates().get(i).se(), b.estimates().get(i).se(), 0.0);
            assertEquals(a.estimates().get(i).ciLower(), b.estimates().get(i).ciLower(), 0.0);
        }
    }
}
