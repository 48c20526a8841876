package org.synergos.analysis.pls.mapping;

import java.util.List;

import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.model.Framework;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;

/**
 * The PLS-SEM engine's translation of a Synergos model into a {@link PlsModel}, for other engines that
 * estimate the same model (e.g. Monte Carlo power): constructs with their indicators' columns (reflective
 * constructs consistently when PLSc is on, composites in Mode A or B), structural paths as inner model.
 */
public final class PlsModelMapping {

    private final org.synergos.analysis.pls.internal.engine.PlsModelMapping mapping;

    private PlsModelMapping(org.synergos.analysis.pls.internal.engine.PlsModelMapping mapping) {
        this.mapping = mapping;
    }

    /** @throws IllegalArgumentException naming the element when the model is not a valid PLS model */
    public static PlsModelMapping of(Framework framework, boolean consistent) {
        return new PlsModelMapping(org.synergos.analysis.pls.internal.engine.PlsModelMapping.of(framework, consistent));
    }

    public PlsModel model() {
        return mapping.model();
    }

    /** Data columns, block by block. */
    public List<String> columns() {
        return mapping.columns();
    }

    /** The model's path for a label "FROM -> TO", or null. */
    public StructuralPath path(String label) {
        return mapping.path(label);
    }

    /** The mediation hypothesis whose chain is "A -> M -> B", or null. */
    public MediationHypothesis mediation(String chain) {
        return mapping.mediation(chain);
    }
}
