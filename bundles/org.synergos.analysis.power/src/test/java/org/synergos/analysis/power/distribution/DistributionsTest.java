package org.synergos.analysis.power.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.synergos.analysis.power.ReferenceCsv;

/** The distributions against R (src/test/resources/r-reference, README.md there). */
class DistributionsTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void noncentralFUpperTailIsRsPf() {
        for (Map<String, Double> row : ReferenceCsv.read("noncentral-f.csv")) {
            double upper = new NoncentralF(row.get("df1"), row.get("df2"), row.get("ncp")).upperTail(row.get("x"));
            assertEquals(row.get("upper"), upper, TOLERANCE, row.toString());
        }
    }

    @Test
    void noncentralTCdfIsRsPt() {
        for (Map<String, Double> row : ReferenceCsv.read("noncentral-t.csv")) {
            double cdf = new NoncentralT(row.get("df"), row.get("ncp")).cdf(row.get("x"));
            assertEquals(row.get("cdf"), cdf, TOLERANCE, row.toString());
        }
    }

    @Test
    void noncentralTWithoutNoncentralityIsTheCentralT() {
        TDistribution central = new TDistribution(7);
        for (double x : new double[] { -4, -1.2, 0, 0.3, 2.5 }) {
            assertEquals(central.cumulativeProbability(x), new NoncentralT(7, 0).cdf(x), 1e-12, "x = " + x);
        }
    }

    @Test
    void exactCdfOfRIsTheIntegralOfItsDensityInR() {
        for (Map<String, Double> row : ReferenceCsv.read("correlation-cdf.csv")) {
            SampleCorrelation r = new SampleCorrelation(row.get("n").intValue(), row.get("rho"));
            double lower = r.lowerTail(row.get("r"));
            assertEquals(row.get("cdf"), lower, TOLERANCE, row.toString());
            assertEquals(1, lower + r.upperTail(row.get("r")), 1e-10, "tails add up to 1: " + row);
            // SuppDists::pPearson is accurate to about 5e-5 only (see the README)
            assertEquals(row.get("suppdists"), lower, 1e-4, "SuppDists: " + row);
        }
    }

    @Test
    void quantilesOfRUnderNoCorrelationAreThoseOfT() {
        for (int n : new int[] { 4, 10, 30, 129, 1000 }) {
            double t = new TDistribution(n - 2).inverseCumulativeProbability(0.975);
            double expected = t / Math.sqrt(t * t + n - 2);
            SampleCorrelation r = new SampleCorrelation(n, 0);
            assertEquals(expected, r.upperQuantile(0.025), 1e-9, "n = " + n);
            assertEquals(-expected, r.lowerQuantile(0.025), 1e-9, "n = " + n);
        }
    }
}
