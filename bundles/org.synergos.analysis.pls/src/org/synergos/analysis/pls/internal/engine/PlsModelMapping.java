package org.synergos.analysis.pls.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.pls.core.Measurement;
import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;
import org.synergos.model.Variable;
import org.synergos.model.Weighting;

/**
 * Translates a Synergos model into a PLS path model: constructs with their indicators' data columns
 * (reflective constructs are estimated consistently when PLSc is on; composites in Mode A or B as the
 * model says), structural paths as inner model. Keeps the way back to model elements for overlays.
 */
public final class PlsModelMapping {

    private final PlsModel model;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, String> constructIds = new LinkedHashMap<>();
    private final Map<String, Indicator> indicatorOfColumn = new LinkedHashMap<>();
    private final Map<String, StructuralPath> pathOfLabel = new LinkedHashMap<>();
    private final Map<String, MediationHypothesis> mediationOfChain = new LinkedHashMap<>();

    private PlsModelMapping(Framework framework, boolean consistent) {
        PlsModel.Builder builder = PlsModel.builder();
        for (Construct construct : framework.getConstructs()) {
            if (construct.getIndicators().isEmpty()) {
                continue;
            }
            List<String> indicators = new ArrayList<>();
            for (Indicator indicator : construct.getIndicators()) {
                String column = column(indicator);
                indicators.add(column);
                columns.add(column);
                indicatorOfColumn.put(column, indicator);
            }
            builder.construct(code(construct), measurement(construct, consistent), indicators);
            constructIds.put(code(construct), construct.getId());
        }
        for (StructuralPath path : framework.getPaths()) {
            if (path.getSource() != null && path.getTarget() != null) {
                builder.path(code(path.getSource()), code(path.getTarget()));
                pathOfLabel.put(code(path.getSource()) + " -> " + code(path.getTarget()), path);
            }
        }
        for (MediationHypothesis mediation : framework.getMediations()) {
            List<String> chain = new ArrayList<>();
            chain.add(code(mediation.getSource()));
            mediation.getMediators().forEach(m -> chain.add(code(m)));
            chain.add(code(mediation.getTarget()));
            mediationOfChain.put(String.join(" -> ", chain), mediation);
        }
        this.model = builder.build();
    }

    /** Fails with IllegalArgumentException naming the element when the model is not a valid PLS model. */
    public static PlsModelMapping of(Framework framework, boolean consistent) {
        return new PlsModelMapping(framework, consistent);
    }

    private static Measurement measurement(Construct construct, boolean consistent) {
        if (construct.getMode() == ConstructMode.REFLECTIVE) {
            return consistent ? Measurement.REFLECTIVE : Measurement.COMPOSITE_MODE_A;
        }
        return construct.getWeighting() == Weighting.MODE_B ? Measurement.COMPOSITE_MODE_B
                : Measurement.COMPOSITE_MODE_A;
    }

    static String code(Variable variable) {
        String code = variable.getCode();
        return code == null || code.isBlank() ? variable.getName() : code;
    }

    static String column(Indicator indicator) {
        String column = indicator.getColumn();
        return column == null || column.isBlank() ? code(indicator) : column;
    }

    public PlsModel model() {
        return model;
    }

    public List<String> columns() {
        return columns;
    }

    String constructId(String code) {
        return constructIds.getOrDefault(code, code);
    }

    /** Indicator code shown in tables for a data column. */
    String indicatorLabel(String column) {
        Indicator indicator = indicatorOfColumn.get(column);
        return indicator == null ? column : code(indicator);
    }

    String indicatorId(String column) {
        Indicator indicator = indicatorOfColumn.get(column);
        return indicator == null ? column : indicator.getId();
    }

    /** The model's path for a label "FROM -> TO", or null. */
    public StructuralPath path(String label) {
        return pathOfLabel.get(label);
    }

    /** The mediation hypothesis whose chain is "A -> M -> B", or null. */
    public MediationHypothesis mediation(String chain) {
        return mediationOfChain.get(chain);
    }
}
