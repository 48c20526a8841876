package org.synergos.analysis.pls.core;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.pls.internal.data.DataPreparation;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.model.CompiledModel;
import org.synergos.analysis.pls.internal.predict.PlsPredictEngine;

/**
 * PLSpredict (Shmueli et al. 2016, 2019): repeated k-fold cross-validated prediction of the endogenous
 * indicators from the exogenous ones ("earliest antecedents"), against a linear-model benchmark, with
 * Q²predict, RMSE and MAE per indicator. Fold assignment of repetition r is a random permutation seeded
 * by ({@link PlsOptions#seed()}, r).
 */
public final class PlsPredict {

    public static final int DEFAULT_FOLDS = 10;
    public static final int DEFAULT_REPETITIONS = 10;

    private PlsPredict() {
    }

    public static List<IndicatorPrediction> run(double[][] data, List<String> columnNames, PlsModel model,
            PlsOptions options) {
        return run(data, columnNames, model, options, DEFAULT_FOLDS, DEFAULT_REPETITIONS);
    }

    public static List<IndicatorPrediction> run(double[][] data, List<String> columnNames, PlsModel model,
            PlsOptions options, int folds, int repetitions) {
        if (folds < 2 || repetitions < 1) {
            throw new IllegalArgumentException("need folds >= 2 and repetitions >= 1: " + folds + ", " + repetitions);
        }
        CompiledModel compiled = new CompiledModel(model);
        PreparedData prepared = DataPreparation.prepare(data, columnNames, compiled, options.missingData());
        if (prepared.n < 2 * folds) {
            throw new IllegalArgumentException(prepared.n + " rows are too few for " + folds + " folds");
        }
        PlsPredictEngine.Outcome o = PlsPredictEngine.run(prepared, compiled, options, folds, repetitions);
        List<IndicatorPrediction> out = new ArrayList<>();
        for (int a = 0; a < compiled.indicatorCount; a++) {
            int j = compiled.blockOf[a];
            if (compiled.predecessors[j].length > 0) {
                out.add(new IndicatorPrediction(compiled.indicatorNames.get(a), compiled.constructNames.get(j),
                        o.plsQ2()[a], o.plsRmse()[a], o.plsMae()[a], o.lmQ2()[a], o.lmRmse()[a], o.lmMae()[a]));
            }
        }
        return List.copyOf(out);
    }
}
