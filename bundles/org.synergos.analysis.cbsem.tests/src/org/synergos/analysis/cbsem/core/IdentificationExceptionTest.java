package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Identification checks before fitting and honest failure on non-convergence. */
class IdentificationExceptionTest {

    private static final DataSet DATA = LavaanReference.data("PoliticalDemocracy.csv");

    @Test
    void latentWithoutScaleIsNamed() {
        ModelSpecification m = ModelSpecification.builder()
                .loading("f", "x1", Modifier.free()).latent("f", "x2", "x3").build();
        IdentificationException e = assertThrows(IdentificationException.class,
                () -> Sem.fit(m, DATA, SemOptions.defaults()));
        assertTrue(e.getMessage().contains("'f' has no scale"), e.getMessage());
    }

    @Test
    void tRuleViolationReportsNegativeDf() {
        // two indicators with free loadings, free variances and a free covariance: 6 > 3 moments
        ModelSpecification m = ModelSpecification.builder()
                .latent("f", "x1", "x2").loading("f", "x2", Modifier.free()).build();
        ModelSpecification m2 = ModelSpecification.builder().latent("f", "x1").latent("g", "x2")
                .covariance("x1", "x2").covariance("f", "g").build();
        IdentificationException e = assertThrows(IdentificationException.class,
                () -> Sem.fit(m2, DATA, SemOptions.defaults()));
        assertTrue(e.getMessage().contains("t-rule"), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("df = -")), e.problems().toString());
        assertThrows(SemException.class, () -> Sem.fit(m, DATA, SemOptions.defaults()), "duplicate statement");
    }

    @Test
    void unknownObservedVariableIsNamed() {
        ModelSpecification m = ModelSpecification.builder().latent("f", "x1", "x2", "x9").build();
        IdentificationException e = assertThrows(IdentificationException.class,
                () -> Sem.fit(m, DATA, SemOptions.defaults()));
        assertTrue(e.getMessage().contains("'x9'"), e.getMessage());
    }

    @Test
    void nonConvergenceIsReportedWithIterationsAndGradient() {
        NonConvergenceException e = assertThrows(NonConvergenceException.class,
                () -> Sem.fit(LavaanReference.politicalDemocracy(), DATA, SemOptions.builder().maxIterations(2).build()));
        assertTrue(e.convergence().iterations() == 2);
        assertTrue(e.convergence().maxAbsGradient() > 0);
        assertTrue(!e.convergence().converged());
    }
}
