package org.synergos.analysis.pls.core;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.pls.internal.data.DataPreparation;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.model.CompiledModel;
import org.synergos.analysis.pls.internal.predict.PlsPredictEngine;

/**
 * PLSpredict (Shmueli et al. 2016, 2019): repeated k-fold cross-validated prediction of the endogenous
 * indicators, by direct or earliest antecedents ({@link PlsPredictTechnique}), against a linear-model
 * benchmark ({@link PlsPredictBenchmark}), with Q²predict, RMSE and MAE per indicator. Fold assignment of
 * repetition r is a random permutation seeded by ({@link PlsOptions#seed()}, r).
 */
public final class PlsPredict {

    private PlsPredict() {
    }

    /** With {@link PlsPredictSettings#defaults()}. */
    public static List<IndicatorPrediction> run(double[][] data, List<String> columnNames, PlsModel model,
            PlsOptions options) {
        return run(data, columnNames, model, options, PlsPredictSettings.defaults());
    }

    public static List<IndicatorPrediction> run(double[][] data, List<String> columnNames, PlsModel model,
            PlsOptions options, PlsPredictSettings settings) {
        CompiledModel compiled = new CompiledModel(model);
        PreparedData prepared = DataPreparation.prepare(data, columnNames, compiled, options.missingData());
        if (prepared.n < settings.folds()) {
            throw new IllegalArgumentException(prepared.n + " rows are too few for " + settings.folds() + " folds");
        }
        PlsPredictEngine.Outcome o = PlsPredictEngine.run(prepared, compiled, options, settings);
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
