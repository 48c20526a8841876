package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.EngineDescriptor;

class MethodsParagraphTest {

    @Test
    void plsParagraphReadsLikeAPapersMethodsSection() {
        assertEquals("The model was estimated with PLS-SEM (PLS path algorithm, path weighting scheme) in Synergos "
                + "PLS-SEM 0.1.0; the algorithm converged after 4 iterations (maximum 300, stop criterion 1.0E-7). "
                + "Significance was assessed by bootstrapping with 5,000 resamples (seed 20250314), with 95% "
                + "percentile and bias-corrected and accelerated (BCa) confidence intervals. Predictive power was "
                + "assessed with Q² by blindfolding (omission distance D = 7) and out-of-sample prediction by "
                + "PLSpredict (10-fold cross-validation, direct-antecedents technique). N = 314 cases were used (listwise deletion of cases with "
                + "missing values).", MethodsParagraph.render(new PlsFixture().result()));
    }

    @Test
    void unknownProvenanceIsListedNeverDropped() {
        AnalysisResult result = AnalysisResult.builder(PlsFixture.PLS).provenance("software", "Synergos PLS-SEM 0.1.0")
                .provenance("bootstrap", "many").provenance("n", 120).provenance("missing", "mean")
                .provenance("zeta.option", "on").provenance("alpha", "").build();
        String text = MethodsParagraph.render(result);
        assertTrue(text.contains("N = 120 cases were used (mean replacement of missing values)."), text);
        assertTrue(text.endsWith("Further settings: alpha = (empty); bootstrap = many; zeta.option = on."), text);
    }

    @Test
    void withoutBootstrapThereAreNoSignificanceTests() {
        AnalysisResult result = AnalysisResult.builder(PlsFixture.PLS).provenance("bootstrap", "0")
                .provenance("seed", "1").provenance("consistent", "true").build();
        assertEquals("The model was estimated with PLS-SEM (consistent PLS (PLSc)) in Synergos engine pls-sem 0.1.0. "
                + "No bootstrapping was run, so no significance tests are reported.", MethodsParagraph.render(result));
    }

    @Test
    void cbsemStatesEstimatorInformationMissingDataAndBootstrap() {
        EngineDescriptor cbsem = new EngineDescriptor("cb-sem", "CB-SEM", "0.1.0", "", List.of());
        AnalysisResult result = AnalysisResult.builder(cbsem).provenance("software", "Synergos CB-SEM 0.1.0")
                .provenance("estimator", "MLR").provenance("information", "observed").provenance("iterations", 31)
                .provenance("n", 1362).provenance("missing", "fiml").provenance("bootstrap", "2000")
                .provenance("seed", "7").provenance("group", "region").provenance("group-equal", "loadings")
                .provenance("mi-rows", "10").build();
        assertEquals("The model was estimated by covariance-based SEM with robust maximum likelihood (MLR: Huber–White "
                + "standard errors, Yuan–Bentler scaled test statistic) in Synergos CB-SEM 0.1.0, standard errors from "
                + "the observed information matrix; the optimiser converged after 31 iterations. Standard errors and "
                + "confidence intervals were bootstrapped with 2,000 draws (seed 7). A multigroup model was fitted "
                + "across the groups in column 'region' (loadings constrained equal). The 10 largest modification "
                + "indices are listed. N = 1,362 cases were used (full-information maximum likelihood (FIML) for "
                + "missing values).", MethodsParagraph.render(result));
    }

    @Test
    void otherEnginesGetAGenericParagraphWithEveryKey() {
        EngineDescriptor descriptive = new EngineDescriptor("descriptive", "Descriptive", "0.1.0", "", List.of());
        AnalysisResult result = AnalysisResult.builder(descriptive).provenance("rows", 314).provenance("data", "data.csv")
                .provenance("correlation", "Pearson, pairwise deletion").provenance("correlation.n", "314")
                .provenance("columns", "").provenance("seed", "3").build();
        assertEquals("The analysis was run with Synergos engine descriptive 0.1.0. Data: data.csv (314 rows). "
                + "Correlations: Pearson, pairwise deletion (N = 314). Random seed: 3. Further settings: columns = "
                + "(empty).", MethodsParagraph.render(result));
        assertEquals("", MethodsParagraph.render(AnalysisResult.builder(descriptive).build()));
    }
}
