package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Check (b): β = r and R² = r² = β² on a single-predictor path; R² = Σβ·r with several predictors. */
class SinglePredictorCheckTest {

    @Test
    void aSinglePredictorPathWhoseBetaIsItsCorrelationIsConsistent() {
        PlsFixture fixture = new PlsFixture();
        // DT has one predictor (NQPF, H2)
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "beta", 0.5, "T3");
        ReportedFixtures.add(fixture.model, fixture.nqpf, "NQPF-DT", "correlation_with_DT", 0.5004, "T2");
        ReportedFixtures.add(fixture.model, fixture.dt, "DT", "r2", 0.25, "T3");
        List<ConsistencyCheck.CheckFinding> findings = new SinglePredictorCheck().check(new Reported(fixture.model));
        assertEquals(3, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(ConsistencyCheck.CheckFinding::consistent), findings.toString());
    }

    @Test
    void betaBeyondTheRoundingOfRIsFlagged() {
        PlsFixture fixture = new PlsFixture();
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "beta", 0.512, "T3");
        // the correlation may be stored on either construct; 0.45 stands for [0.40, 0.50] at its one decimal
        ReportedFixtures.add(fixture.model, fixture.dt, "DT-NQPF", "correlation_with_NQPF", 0.45, "T2");
        List<ConsistencyCheck.CheckFinding> findings = new SinglePredictorCheck().check(new Reported(fixture.model));
        assertEquals(1, findings.size(), findings.toString());
        assertFalse(findings.get(0).consistent(), findings.get(0).text());
    }

    @Test
    void severalPredictorsCompareRSquaredWithTheSumOfBetaTimesR() {
        PlsFixture fixture = new PlsFixture();
        // CIP ← NQPF (H1), DT (H3): 0.467 × 0.612 + 0.267 × 0.503 = 0.4201
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "beta", 0.467, "T3");
        ReportedFixtures.add(fixture.model, fixture.h3, "H3", "beta", 0.267, "T3");
        ReportedFixtures.add(fixture.model, fixture.nqpf, "NQPF-CIP", "correlation_with_CIP", 0.612, "T2");
        ReportedFixtures.add(fixture.model, fixture.dt, "DT-CIP", "correlation_with_CIP", 0.503, "T2");
        ReportedFixtures.add(fixture.model, fixture.cip, "CIP", "r2", 0.42, "T3");
        List<ConsistencyCheck.CheckFinding> findings = new SinglePredictorCheck().check(new Reported(fixture.model));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).consistent(), findings.get(0).text());
        fixture.model.getReportedStatistics().get(4).setValue(0.45);
        assertFalse(new SinglePredictorCheck().check(new Reported(fixture.model)).get(0).consistent());
    }

    @Test
    void nqpfSmesBetaOfH2AndRSquaredOfDtContradictItsCorrelation() throws Exception {
        List<ConsistencyCheck.CheckFinding> findings = new SinglePredictorCheck()
                .check(new Reported(ReportedFixtures.nqpfSmes()));
        // DT (one predictor): β vs r, R² vs r², R² vs β²; CIP (two): R² vs Σβ·r
        assertEquals(4, findings.size(), findings.toString());
        ConsistencyCheck.CheckFinding betaR = findings.get(0);
        assertFalse(betaR.consistent(), betaR.text());
        assertEquals("NQPF → DT", betaR.subject());
        assertTrue(betaR.citation().contains("H2 beta = 0.437 (paper E"), betaR.citation());
        assertTrue(betaR.citation().contains("structural model)"), betaR.citation());
        assertTrue(betaR.citation().contains("NQPF-DT correlation_with_DT = 0.651 (paper E"), betaR.citation());
        assertTrue(betaR.citation().contains("correlations)"), betaR.citation());
        ConsistencyCheck.CheckFinding r2r = findings.get(1);
        assertFalse(r2r.consistent(), r2r.text());
        assertTrue(r2r.text().contains("r² = 0.4238"), r2r.text());
        assertTrue(r2r.citation().contains("DT r2 = 0.191"), r2r.citation());
        // 0.191 = 0.437² within rounding: β and R² agree with each other, not with r
        assertTrue(findings.get(2).consistent(), findings.get(2).text());
        // CIP: 0.317 × 0.693 + 0.616 × 0.581 = 0.5776, reported R² = 0.65
        ConsistencyCheck.CheckFinding cip = findings.get(3);
        assertFalse(cip.consistent(), cip.text());
        assertTrue(cip.text().contains("0.5776"), cip.text());
    }
}
