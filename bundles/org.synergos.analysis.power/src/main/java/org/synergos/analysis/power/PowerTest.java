package org.synergos.analysis.power;

/** One of G*Power's analytic procedures: power as a function of the total sample size. */
public interface PowerTest {

    /** The smallest total sample size the test has degrees of freedom for. */
    int minimumN();

    /** Power and test details at total sample size n (at least {@link #minimumN()}). */
    Outcome at(int n);

    /** As G*Power names the procedure, e.g. "Linear multiple regression: Fixed model, R² deviation from zero". */
    String procedure();

    /** The test statistic's distribution and how its noncentrality follows from the effect size. */
    String distribution();
}
