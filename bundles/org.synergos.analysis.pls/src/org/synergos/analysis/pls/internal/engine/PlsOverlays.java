package org.synergos.analysis.pls.internal.engine;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.format.CellText;
import org.synergos.analysis.pls.core.BootstrapResult;
import org.synergos.analysis.pls.core.BootstrapStatistic;
import org.synergos.analysis.pls.core.IndirectEffect;
import org.synergos.analysis.pls.core.ParameterKind;
import org.synergos.analysis.pls.core.PlsResult;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;

/** Values for the diagram, as SmartPLS shows them: β with stars and t on paths, R² in constructs, loadings. */
final class PlsOverlays {

    private final PlsModelMapping mapping;
    private final PlsResult estimate;
    private final BootstrapResult bootstrap;

    PlsOverlays(PlsModelMapping mapping, PlsResult estimate, BootstrapResult bootstrap) {
        this.mapping = mapping;
        this.estimate = estimate;
        this.bootstrap = bootstrap;
    }

    void addTo(AnalysisResult.Builder result) {
        for (var path : estimate.model().paths()) {
            String label = path.from() + " -> " + path.to();
            StructuralPath element = mapping.path(label);
            if (element != null) {
                double beta = estimate.pathCoefficients().get(path.from(), path.to());
                add(result, element.getId(), "beta", beta, ParameterKind.PATH, label);
            }
        }
        for (IndirectEffect effect : estimate.specificIndirectEffects()) {
            MediationHypothesis mediation = mapping.mediation(effect.label());
            if (mediation != null) {
                add(result, mediation.getId(), "indirect", effect.value(), ParameterKind.SPECIFIC_INDIRECT_EFFECT,
                        effect.label());
            }
        }
        estimate.rSquared().forEach((construct, r2) -> result.value(new ElementValue(mapping.constructId(construct),
                "r2", r2, "R² = " + CellText.fixed(r2, 3))));
        for (var construct : estimate.model().constructs()) {
            for (String column : construct.indicators()) {
                double loading = estimate.outerLoadings().get(column, construct.name());
                result.value(new ElementValue(mapping.indicatorId(column), "loading", loading,
                        CellText.fixed(loading, 3)));
            }
        }
    }

    private void add(AnalysisResult.Builder result, String id, String key, double value, ParameterKind kind,
            String label) {
        if (bootstrap == null) {
            result.value(new ElementValue(id, key, value, CellText.fixed(value, 3)));
            return;
        }
        BootstrapStatistic s = bootstrap.statistic(kind, label);
        result.value(new ElementValue(id, key, value, CellText.fixed(value, 3) + CellText.stars(s.pValue())
                + " (t = " + CellText.fixed(s.tStatistic(), 2) + ")"));
        result.value(ElementValue.of(id, "t", s.tStatistic())).value(ElementValue.of(id, "p", s.pValue()));
    }
}
