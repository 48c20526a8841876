package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Check (d): one sample size, df = n − k − 1, n reaching a reported minimum. */
class SampleSizeCheckTest {

    @Test
    void twoSampleSizesForTheSameSampleAreFlaggedCitingBoth() {
        PlsFixture fixture = new PlsFixture();
        ReportedFixtures.add(fixture.model, null, "sample", "n", 314, "paper E, method");
        ReportedFixtures.add(fixture.model, null, "questionnaires", "n", 512, "paper E, abstract");
        List<ConsistencyCheck.CheckFinding> findings = new SampleSizeCheck().check(new Reported(fixture.model));
        assertEquals(1, findings.size(), findings.toString());
        assertFalse(findings.get(0).consistent());
        assertTrue(findings.get(0).citation().contains("sample n = 314 (paper E, method)"), findings.get(0).citation());
        assertTrue(findings.get(0).citation().contains("questionnaires n = 512 (paper E, abstract)"),
                findings.get(0).citation());
    }

    @Test
    void degreesOfFreedomAndMinimumSampleSize() {
        PlsFixture fixture = new PlsFixture();
        ReportedFixtures.add(fixture.model, null, "sample", "n", 314, "M");
        // H1 → CIP, which has two predictors: df = 311
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "df", 311, "T4");
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "df", 311, "T4");
        ReportedFixtures.add(fixture.model, null, "G*Power", "minimum_sample_size", 400, "M");
        List<ConsistencyCheck.CheckFinding> findings = new SampleSizeCheck().check(new Reported(fixture.model));
        assertEquals(3, findings.size(), findings.toString());
        assertTrue(findings.get(0).consistent(), findings.get(0).text());
        assertFalse(findings.get(1).consistent(), "DT has one predictor: df 312; " + findings.get(1).text());
        assertFalse(findings.get(2).consistent(), findings.get(2).text());
    }

    @Test
    void nqpfSmesReachesItsPowerAnalysisMinimum() throws Exception {
        List<ConsistencyCheck.CheckFinding> findings = new SampleSizeCheck()
                .check(new Reported(ReportedFixtures.nqpfSmes()));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).consistent());
        assertTrue(findings.get(0).text().contains("n = 314 reaches the reported minimum sample size 129"),
                findings.get(0).text());
    }
}
