package org.synergos.analysis.pls.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.pls.internal.data.DataPreparation;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.model.CompiledModel;
import org.synergos.analysis.pls.internal.predict.BlindfoldingEngine;

/**
 * Stone–Geisser Q² by blindfolding, <b>cross-validated redundancy</b> form (the Q² SmartPLS 3 reports in
 * its "Construct Crossvalidated Redundancy" table): omitted data points of an endogenous block are
 * predicted from the predecessors' scores through the path coefficients and the loadings. Omission
 * distance D (default 7; choose D so that n/D is not an integer). Uses the PLS (not PLSc) estimates.
 */
public final class Blindfolding {

    public static final int DEFAULT_OMISSION_DISTANCE = 7;

    private Blindfolding() {
    }

    /** Q² per endogenous construct with omission distance 7. */
    public static BlindfoldingResult run(double[][] data, List<String> columnNames, PlsModel model, PlsOptions options) {
        return run(data, columnNames, model, options, DEFAULT_OMISSION_DISTANCE);
    }

    public static BlindfoldingResult run(double[][] data, List<String> columnNames, PlsModel model, PlsOptions options,
            int omissionDistance) {
        if (omissionDistance < 2) {
            throw new IllegalArgumentException("omission distance must be at least 2: " + omissionDistance);
        }
        CompiledModel compiled = new CompiledModel(model);
        PreparedData prepared = DataPreparation.prepare(data, columnNames, compiled, options.missingData());
        BlindfoldingEngine.Outcome o = BlindfoldingEngine.run(prepared, compiled,
                options.toBuilder().consistent(false).build(), omissionDistance);
        Map<String, Double> q2 = new LinkedHashMap<>();
        Map<String, Double> sse = new LinkedHashMap<>();
        Map<String, Double> sso = new LinkedHashMap<>();
        for (int j : compiled.endogenous) {
            String name = compiled.constructNames.get(j);
            q2.put(name, o.q2()[j]);
            sse.put(name, o.sse()[j]);
            sso.put(name, o.sso()[j]);
        }
        return new BlindfoldingResult(omissionDistance, q2, sse, sso);
    }
}
