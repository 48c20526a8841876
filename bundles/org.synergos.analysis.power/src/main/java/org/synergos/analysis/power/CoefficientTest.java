package org.synergos.analysis.power;

import org.apache.commons.math3.distribution.TDistribution;
import org.synergos.analysis.power.distribution.NoncentralF;
import org.synergos.analysis.power.distribution.NoncentralT;

/**
 * t test of one regression coefficient in a linear multiple regression with {@code total} predictors, fixed
 * model (G*Power): df = N - total - 1, delta = sqrt(f² N). Two tails: |T| &gt; t_(1-alpha/2), computed exactly
 * as T² ~ F'(1, df, delta²); one tail: T &gt; t_(1-alpha) with the noncentral t.
 */
public final class CoefficientTest implements PowerTest {

    private final double f2;
    private final int total;
    private final double alpha;
    private final boolean twoTailed;

    public CoefficientTest(double f2, int total, double alpha, boolean twoTailed) {
        this.f2 = f2;
        this.total = total;
        this.alpha = alpha;
        this.twoTailed = twoTailed;
    }

    @Override
    public int minimumN() {
        return total + 2;
    }

    @Override
    public Outcome at(int n) {
        double df = n - total - 1.0;
        double delta = Math.sqrt(f2 * n);
        TDistribution central = new TDistribution(null, df, 1e-14);
        if (twoTailed) {
            double critical = central.inverseCumulativeProbability(1 - alpha / 2);
            double power = new NoncentralF(1, df, delta * delta).upperTail(critical * critical);
            return new Outcome(n, power, delta, -critical, critical, df, Double.NaN);
        }
        double critical = central.inverseCumulativeProbability(1 - alpha);
        double power = new NoncentralT(df, delta).upperTail(critical);
        return new Outcome(n, power, delta, Double.NaN, critical, df, Double.NaN);
    }

    @Override
    public String procedure() {
        return "Linear multiple regression: Fixed model, single regression coefficient";
    }

    @Override
    public String distribution() {
        return "noncentral t(df, δ), df = N − " + (total + 1) + ", δ = √(f²·N), " + (twoTailed ? "two" : "one")
                + " tail" + (twoTailed ? "s" : "");
    }
}
