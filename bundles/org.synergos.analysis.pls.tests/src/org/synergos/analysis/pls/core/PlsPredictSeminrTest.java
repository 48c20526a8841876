package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.synergos.analysis.pls.core.EcsiReference.Deviation;
import org.synergos.analysis.pls.internal.data.DataPreparation;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.model.CompiledModel;
import org.synergos.analysis.pls.internal.predict.PlsPredictEngine;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.TestResources;

/**
 * PLSpredict against seminr 2.3.2's {@code predict_pls} (R 4.2.2), leave-one-out on the ECSI model of
 * mobi, both techniques: {@code resources/seminr_plspredict/run.R} in this bundle wrote the expected values.
 * Leave-one-out needs no random fold assignment, so seminr and Synergos hold out the same rows. seminr
 * gives the PLS hold-out predictions, RMSE and MAE and the LM benchmark on all other indicators; the
 * script adds Q²predict (from seminr's predictions) and the LM benchmark on the antecedents' indicators
 * (R's {@code lm}). Both estimate with the same stop criterion (1e-7), which bounds the agreement of
 * the 250 training fits; observed deviations are below 1e-13 (the reference files keep 15 digits).
 */
class PlsPredictSeminrTest {

    private static final double TOLERANCE = 1e-10;
    private static final String DIR = "resources/seminr_plspredict/";

    private static String code(PlsPredictTechnique technique) {
        return technique == PlsPredictTechnique.DIRECT_ANTECEDENTS ? "da" : "ea";
    }

    private static PlsPredictSettings leaveOneOut(PlsPredictTechnique technique, PlsPredictBenchmark benchmark) {
        int n = EcsiReference.mobi().rowCount();
        return new PlsPredictSettings(technique, benchmark, n, 1);
    }

    private static List<IndicatorPrediction> run(PlsPredictSettings settings) {
        return PlsPredict.run(EcsiReference.mobiData(), EcsiReference.mobiColumns(),
                EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A), PlsOptions.defaults(), settings);
    }

    @ParameterizedTest
    @EnumSource(PlsPredictTechnique.class)
    void metricsAgreeWithSeminrAndItsLinearModelOnAllOtherIndicators(PlsPredictTechnique technique) {
        assertEquals("seminr 2.3.2", TestResources.table(DIR + "plspredict_meta.csv").cell("tool", "value"));
        ReferenceTable expected = TestResources.table(DIR + "plspredict_loo_" + code(technique) + "_metrics.csv");
        List<IndicatorPrediction> actual = run(leaveOneOut(technique, PlsPredictBenchmark.ALL_OTHER_INDICATORS));
        assertEquals(expected.rowNames().stream().sorted().toList(),
                actual.stream().map(IndicatorPrediction::indicator).sorted().toList());
        Deviation pls = new Deviation("PLSpredict " + technique.id() + " PLS RMSE/MAE/Q²predict", TOLERANCE);
        Deviation lm = new Deviation("PLSpredict " + technique.id() + " LM (all other indicators)", TOLERANCE);
        for (IndicatorPrediction p : actual) {
            String item = p.indicator();
            assertEquals(expected.cell(item, "construct"), p.construct(), item);
            pls.check(expected.number(item, "pls_rmse"), p.plsRmse(), item + " RMSE");
            pls.check(expected.number(item, "pls_mae"), p.plsMae(), item + " MAE");
            pls.check(expected.number(item, "pls_q2predict"), p.plsQ2Predict(), item + " Q²predict");
            lm.check(expected.number(item, "lm_all_rmse"), p.lmRmse(), item + " RMSE");
            lm.check(expected.number(item, "lm_all_mae"), p.lmMae(), item + " MAE");
            lm.check(expected.number(item, "lm_all_q2predict"), p.lmQ2Predict(), item + " Q²predict");
        }
        pls.report();
        lm.report();
    }

    @ParameterizedTest
    @EnumSource(PlsPredictTechnique.class)
    void linearModelOnAntecedentIndicatorsAgreesWithR(PlsPredictTechnique technique) {
        ReferenceTable expected = TestResources.table(DIR + "plspredict_loo_" + code(technique) + "_metrics.csv");
        List<IndicatorPrediction> actual = run(leaveOneOut(technique, PlsPredictBenchmark.ANTECEDENT_INDICATORS));
        Deviation pls = new Deviation("PLSpredict " + technique.id() + " PLS, benchmark-independent", TOLERANCE);
        Deviation lm = new Deviation("PLSpredict " + technique.id() + " LM (antecedent indicators)", TOLERANCE);
        for (IndicatorPrediction p : actual) {
            String item = p.indicator();
            pls.check(expected.number(item, "pls_rmse"), p.plsRmse(), item + " RMSE");
            lm.check(expected.number(item, "lm_antecedent_rmse"), p.lmRmse(), item + " RMSE");
            lm.check(expected.number(item, "lm_antecedent_mae"), p.lmMae(), item + " MAE");
            lm.check(expected.number(item, "lm_antecedent_q2predict"), p.lmQ2Predict(), item + " Q²predict");
        }
        pls.report();
        lm.report();
    }

    /** Row by row: each hold-out prediction equals seminr's, so agreement of the metrics is no coincidence. */
    @ParameterizedTest
    @EnumSource(PlsPredictTechnique.class)
    void holdOutPredictionsAgreeWithSeminrRowByRow(PlsPredictTechnique technique) {
        PlsModel model = EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A);
        CompiledModel compiled = new CompiledModel(model);
        PreparedData data = DataPreparation.prepare(EcsiReference.mobiData(), EcsiReference.mobiColumns(), compiled,
                MissingDataTreatment.LISTWISE);
        PlsPredictEngine.Outcome outcome = PlsPredictEngine.run(data, compiled, PlsOptions.defaults(),
                leaveOneOut(technique, PlsPredictBenchmark.ALL_OTHER_INDICATORS));
        ReferenceTable pls = TestResources.table(DIR + "plspredict_loo_" + code(technique) + "_pls_predictions.csv");
        ReferenceTable lm = TestResources.table(DIR + "plspredict_loo_lm_all_predictions.csv");
        assertEquals(data.n, pls.rowCount());
        Deviation plsDeviation = new Deviation("PLSpredict " + technique.id() + " PLS hold-out predictions", TOLERANCE);
        Deviation lmDeviation = new Deviation("PLSpredict LM (all other indicators) hold-out predictions", TOLERANCE);
        List<String> items = pls.header().subList(1, pls.header().size());
        for (String item : items) {
            int a = compiled.indicatorNames.indexOf(item);
            for (int i = 0; i < data.n; i++) {
                plsDeviation.check(pls.number(i, item), outcome.plsPredictions()[i * data.p + a], "row " + (i + 1) + " " + item);
                lmDeviation.check(lm.number(i, item), outcome.lmPredictions()[i * data.p + a], "row " + (i + 1) + " " + item);
            }
        }
        plsDeviation.report();
        lmDeviation.report();
    }
}
