package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.synergos.model.Framework;

/** Check (a): p against t (R's pt/pnorm as the reference), β/t as an SE, a reported SE against β/t. */
class TestStatisticCheckTest {

    static final Path PVALUES = Path.of("resources/reported/pvalues.csv");

    @Test
    void pValuesEqualRsWithinOneInABillion() throws Exception {
        List<String> lines = Files.readAllLines(PVALUES, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 5, "reference rows");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double t = Double.parseDouble(cells[0]);
            Optional<Integer> df = cells[1].isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(cells[1]));
            double expected = Double.parseDouble(cells[2]);
            double p = TestStatisticCheck.pValue(t, df);
            assertEquals(expected, p, Math.abs(expected) * 1e-9, line);
        }
    }

    /** A model with a target of two predictors (k = 2) and n = 103, so df = 100. */
    private static PlsFixture twoPredictors() {
        return new PlsFixture();
    }

    @Test
    void pThatDisagreesWithTIsFlaggedWithTheDegreesOfFreedomUsed() {
        PlsFixture fixture = twoPredictors();
        Framework model = fixture.model;
        ReportedFixtures.add(model, null, "sample", "n", 103, "paper, method");
        // H1 (NQPF → CIP): CIP has two predictors, df = 103 − 2 − 1 = 100; p of t = 2.0 is .0482
        ReportedFixtures.add(model, fixture.h1, "H1", "t", 2.0, "Table 4, row H1");
        ReportedFixtures.add(model, fixture.h1, "H1", "p", 0.048, "Table 4, row H1");
        // H3 (DT → CIP): p of t = 2.5 is .0136 at df 100; .03 cannot be
        ReportedFixtures.add(model, fixture.h3, "H3", "t", 2.5, "Table 4, row H3");
        ReportedFixtures.add(model, fixture.h3, "H3", "p", 0.03, "Table 4, row H3");
        List<ConsistencyCheck.CheckFinding> findings = new TestStatisticCheck().check(new Reported(model));
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).consistent(), findings.get(0).text());
        assertTrue(findings.get(0).text().contains("t(100)"), findings.get(0).text());
        assertFalse(findings.get(1).consistent(), findings.get(1).text());
        assertTrue(findings.get(1).citation().contains("H3 p = 0.03 (Table 4, row H3)"), findings.get(1).citation());
        assertTrue(findings.get(1).citation().contains("H3 t = 2.5 (Table 4, row H3)"), findings.get(1).citation());
    }

    @Test
    void roundingOfTAndPIsAllowedAndNormalWithoutN() {
        PlsFixture fixture = twoPredictors();
        // no n: normal; p of 1.96 is .04999..., printed .05 is consistent; printed .04 is not
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "t", 1.96, "T");
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "p", 0.05, "T");
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "t", 1.96, "T");
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "p", 0.04, "T");
        List<ConsistencyCheck.CheckFinding> findings = new TestStatisticCheck().check(new Reported(fixture.model));
        assertTrue(findings.get(0).consistent(), findings.get(0).text());
        assertTrue(findings.get(0).text().contains("the standard normal"), findings.get(0).text());
        assertFalse(findings.get(1).consistent(), findings.get(1).text());
    }

    @Test
    void pBelowAThresholdIsCheckedAgainstT() {
        PlsFixture fixture = twoPredictors();
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "t", 3.1, "T");
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "p_below", 0.01, "T");
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "t", 1.0, "T");
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "p_below", 0.05, "T");
        List<ConsistencyCheck.CheckFinding> findings = new TestStatisticCheck().check(new Reported(fixture.model));
        assertTrue(findings.get(0).consistent(), findings.get(0).text());
        assertFalse(findings.get(1).consistent(), findings.get(1).text());
    }

    @Test
    void betaOfTheOtherSignThanTOrAnAbsurdSeIsFlagged() {
        PlsFixture fixture = twoPredictors();
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "beta", 0.3, "T");
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "t", -3.0, "T");
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "beta", 0.9, "T");
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "t", 0.5, "T");
        ReportedFixtures.add(fixture.model, fixture.h3, "H3", "beta", 0.3, "T");
        ReportedFixtures.add(fixture.model, fixture.h3, "H3", "t", 6.0, "T");
        ReportedFixtures.add(fixture.model, fixture.h3, "H3", "se", 0.05, "T");
        List<ConsistencyCheck.CheckFinding> findings = new TestStatisticCheck().check(new Reported(fixture.model));
        assertEquals(4, findings.size(), findings.toString());
        assertFalse(findings.get(0).consistent(), findings.get(0).text());
        assertTrue(findings.get(0).text().contains("not positive"), findings.get(0).text());
        assertFalse(findings.get(1).consistent(), findings.get(1).text());
        assertTrue(findings.get(2).consistent(), findings.get(2).text());
        assertTrue(findings.get(3).consistent(), "SE 0.3/6 = 0.05: " + findings.get(3).text());
        // a reported SE far from β/t
        fixture.model.getReportedStatistics().get(6).setValue(0.08);
        assertFalse(new TestStatisticCheck().check(new Reported(fixture.model)).get(3).consistent());
    }

    @Test
    void nqpfSmesStoredTAndBetaGivePositiveSes() throws Exception {
        List<ConsistencyCheck.CheckFinding> findings = new TestStatisticCheck().check(new Reported(ReportedFixtures.nqpfSmes()));
        // H1–H3 β with t, H4's t without β or p: three SE findings, all plausible (0.026, 0.036, 0.023)
        assertEquals(3, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(ConsistencyCheck.CheckFinding::consistent), findings.toString());
        assertTrue(findings.get(1).text().contains("0.437 / 12.167 = 0.0359"), findings.get(1).text());
    }
}
