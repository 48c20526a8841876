package org.synergos.workbench.glsp.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.synergos.analysis.study.DataSourceColumns;
import org.synergos.model.Identified;
import org.synergos.model.validation.SynergosValidation;

import com.google.inject.Inject;

/**
 * Validation markers from the model's EMF validator (the rules {@code synergos validate} applies, data
 * columns included), each on the nearest element the diagram shows, else on the diagram itself.
 */
public class ModelMarkers implements ModelValidator {

    @Inject
    private SynergosModelState state;

    @Override
    public List<Marker> validate(List<GModelElement> elements, String reason) {
        Set<String> shown = state.getIndex().allIds();
        Diagnostic result = SynergosValidation.validate(state.framework(), new DataSourceColumns());
        List<Marker> markers = new ArrayList<>();
        for (Diagnostic finding : result.getChildren()) {
            if (finding.getSeverity() == Diagnostic.OK) {
                continue;
            }
            String kind = finding.getSeverity() >= Diagnostic.ERROR ? MarkerKind.ERROR
                    : finding.getSeverity() == Diagnostic.WARNING ? MarkerKind.WARNING : MarkerKind.INFO;
            markers.add(new Marker(kind, finding.getMessage(), elementOf(finding, shown), kind));
        }
        return markers;
    }

    private static String elementOf(Diagnostic finding, Set<String> shown) {
        for (Object datum : finding.getData()) {
            for (EObject element = datum instanceof EObject e ? e : null; element != null; element = element.eContainer()) {
                if (element instanceof Identified identified && shown.contains(identified.getId())) {
                    return identified.getId();
                }
            }
        }
        return SynergosModelState.ROOT_ID;
    }
}
