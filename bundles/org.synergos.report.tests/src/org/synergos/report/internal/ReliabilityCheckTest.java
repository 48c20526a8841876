package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;

/** Check (c): AVE and CR against the loadings and against each other, ranges. */
class ReliabilityCheckTest {

    /** Three indicators loading 0.72, 0.81, 0.93: AVE = 2.0394 / 3 = 0.6798, CR = 6.0516 / 7.0122 = 0.8630. */
    private static Framework threeLoadings(double ave, double cr) {
        Framework model = Elements.framework("reliability");
        Construct construct = Elements.construct(model, "X", ConstructMode.REFLECTIVE);
        double[] loadings = { 0.72, 0.81, 0.93 };
        for (int i = 0; i < loadings.length; i++) {
            Elements.indicator(construct, "X" + (i + 1));
        }
        for (int i = 0; i < loadings.length; i++) {
            ReportedFixtures.add(model, construct.getIndicators().get(i), "X" + (i + 1), "loading", loadings[i],
                    "Table 2, row X" + (i + 1));
        }
        ReportedFixtures.add(model, construct, "X", "ave", ave, "Table 2, row X");
        ReportedFixtures.add(model, construct, "X", "composite_reliability", cr, "Table 2, row X");
        return model;
    }

    private static List<ConsistencyCheck.CheckFinding> check(Framework model) {
        return new ReliabilityCheck().check(new Reported(model));
    }

    @Test
    void aveAndCrOfTheReportedLoadingsAreConsistent() {
        List<ConsistencyCheck.CheckFinding> findings = check(threeLoadings(0.68, 0.863));
        // range AVE, range CR, CR bound, AVE from loadings, CR from loadings
        assertEquals(5, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(ConsistencyCheck.CheckFinding::consistent), findings.toString());
        assertTrue(findings.get(3).text().contains("0.6798"), findings.get(3).text());
        assertTrue(findings.get(4).text().contains("0.8630"), findings.get(4).text());
        assertTrue(findings.get(3).citation().contains("X1 loading = 0.72 (Table 2, row X1)"), findings.get(3).citation());
    }

    @Test
    void aveOrCrThatTheLoadingsCannotGiveAreFlagged() {
        List<ConsistencyCheck.CheckFinding> findings = check(threeLoadings(0.75, 0.80));
        assertFalse(findings.get(3).consistent(), findings.get(3).text());
        assertFalse(findings.get(4).consistent(), findings.get(4).text());
    }

    @Test
    void crAboveWhatItsAveAllowsAndValuesOutsideTheUnitIntervalAreFlagged() {
        // m = 3, AVE = 0.5: CR ≤ 1.5 / 2 = 0.75
        List<ConsistencyCheck.CheckFinding> findings = check(threeLoadings(0.5, 0.9));
        assertFalse(findings.get(2).consistent(), findings.get(2).text());
        assertTrue(findings.get(2).text().contains("bound 0.7500"), findings.get(2).text());
        List<ConsistencyCheck.CheckFinding> outside = check(threeLoadings(1.2, 0.9));
        assertFalse(outside.get(0).consistent(), outside.get(0).text());
    }

    @Test
    void nqpfSmesReliabilityAgreesWithItsLoadingRangeAndItemCounts() throws Exception {
        List<ConsistencyCheck.CheckFinding> findings = check(ReportedFixtures.nqpfSmes());
        // per construct: 3 ranges, CR bound, AVE and CR within the outer loadings' [0.743, 0.878]
        assertEquals(18, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(ConsistencyCheck.CheckFinding::consistent),
                ReportedFixtures.inconsistent(findings).toString());
        assertTrue(findings.stream().anyMatch(f -> f.text().contains("m = 9 indicators")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.citation().contains("outer loadings minimum = 0.743")),
                findings.toString());
    }
}
