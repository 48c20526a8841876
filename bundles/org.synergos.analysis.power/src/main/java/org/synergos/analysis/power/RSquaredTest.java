package org.synergos.analysis.power;

import org.apache.commons.math3.distribution.FDistribution;
import org.synergos.analysis.power.distribution.NoncentralF;

/**
 * F test of a linear multiple regression, fixed model (G*Power): R² deviation from zero when all predictors
 * are tested, R² increase when {@code tested} of {@code total} are. df1 = tested, df2 = N - total - 1,
 * lambda = f² N (G*Power's convention; Cohen 1988 used f² (df1 + df2 + 1), the same for R² deviation from zero).
 */
public final class RSquaredTest implements PowerTest {

    private final double f2;
    private final int tested;
    private final int total;
    private final double alpha;

    public RSquaredTest(double f2, int tested, int total, double alpha) {
        this.f2 = f2;
        this.tested = tested;
        this.total = total;
        this.alpha = alpha;
    }

    @Override
    public int minimumN() {
        return total + 2;
    }

    @Override
    public Outcome at(int n) {
        double df2 = n - total - 1.0;
        double critical = new FDistribution(null, tested, df2, 1e-14).inverseCumulativeProbability(1 - alpha);
        double lambda = f2 * n;
        double power = new NoncentralF(tested, df2, lambda).upperTail(critical);
        return new Outcome(n, power, lambda, Double.NaN, critical, tested, df2);
    }

    @Override
    public String procedure() {
        return tested == total ? "Linear multiple regression: Fixed model, R² deviation from zero"
                : "Linear multiple regression: Fixed model, R² increase";
    }

    @Override
    public String distribution() {
        return "noncentral F(df1, df2, λ), df1 = " + tested + ", df2 = N − " + (total + 1) + ", λ = f²·N";
    }
}
