package org.synergos.analysis.power;

import org.apache.commons.math3.distribution.TDistribution;
import org.synergos.analysis.power.distribution.SampleCorrelation;

/**
 * Test of H0: rho = rho0 for a bivariate normal population (G*Power, Exact: "Correlation: Bivariate normal
 * model"), always with the exact distribution of r (G*Power switches to Fisher's z above a sample size set in
 * its options). Critical values are quantiles of r under rho0 (alpha/2 in each tail for two tails; for rho0 = 0
 * from the t distribution with N - 2 df); power is the probability beyond them under rho. A one-tailed test
 * looks in the direction of rho - rho0.
 */
public final class CorrelationTest implements PowerTest {

    private final double rho;
    private final double rho0;
    private final double alpha;
    private final boolean twoTailed;

    public CorrelationTest(double rho, double rho0, double alpha, boolean twoTailed) {
        this.rho = rho;
        this.rho0 = rho0;
        this.alpha = alpha;
        this.twoTailed = twoTailed;
    }

    @Override
    public int minimumN() {
        return 4;
    }

    @Override
    public Outcome at(int n) {
        double tailAlpha = twoTailed ? alpha / 2 : alpha;
        boolean upper = twoTailed || rho > rho0;
        boolean lower = twoTailed || rho < rho0;
        double upperCritical = Double.NaN;
        double lowerCritical = Double.NaN;
        if (rho0 == 0) {
            double t = new TDistribution(null, n - 2.0, 1e-14).inverseCumulativeProbability(1 - tailAlpha);
            double r = t / Math.sqrt(t * t + n - 2);
            upperCritical = upper ? r : Double.NaN;
            lowerCritical = lower ? -r : Double.NaN;
        } else {
            SampleCorrelation null0 = new SampleCorrelation(n, rho0);
            upperCritical = upper ? null0.upperQuantile(tailAlpha) : Double.NaN;
            lowerCritical = lower ? null0.lowerQuantile(tailAlpha) : Double.NaN;
        }
        SampleCorrelation alternative = new SampleCorrelation(n, rho);
        double power = (upper ? alternative.upperTail(upperCritical) : 0)
                + (lower ? alternative.lowerTail(lowerCritical) : 0);
        return new Outcome(n, Math.min(1, power), Double.NaN, lowerCritical, upperCritical, Double.NaN, Double.NaN);
    }

    @Override
    public String procedure() {
        return "Correlation: Bivariate normal model (exact)";
    }

    @Override
    public String distribution() {
        return "exact distribution of Pearson's r under bivariate normality (Hotelling 1953), "
                + (twoTailed ? "two tails" : "one tail");
    }
}
