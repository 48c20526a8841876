package org.synergos.analysis.cbsem.mapping;

import java.util.List;

import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.internal.engine.SemModelMapping;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;

/**
 * The CB-SEM engine's translation of a Synergos model into a lavaan-style specification, for other engines
 * that fit the same model (e.g. Monte Carlo power): reflective constructs measured by their indicators'
 * columns, structural paths as regressions, every mediation hypothesis as a defined indirect effect named
 * {@code ind_<label>}. One translation for every engine, so they fit the same model.
 */
public final class CbsemModelMapping {

    private final SemModelMapping mapping;

    private CbsemModelMapping(SemModelMapping mapping) {
        this.mapping = mapping;
    }

    /** The single-group translation (as {@code cb-sem} without a group column). */
    public static CbsemModelMapping of(Framework framework) {
        return new CbsemModelMapping(SemModelMapping.of(framework, false));
    }

    public ModelSpecification specification() {
        return mapping.specification();
    }

    /** Data columns the model measures, in model order. */
    public List<String> columns() {
        return mapping.columns();
    }

    /** Reasons the model cannot be estimated as specified (empty when it can). */
    public List<String> problems() {
        return mapping.problems();
    }

    /** Things users should know about the translation. */
    public List<String> notes() {
        return mapping.notes();
    }

    /** The model element a specification name (construct, indicator column, defined parameter) stands for. */
    public String elementId(String name) {
        return mapping.elementId(name);
    }

    /** The model's structural path for the regression {@code target ~ source}, or null. */
    public StructuralPath path(String target, String source) {
        return mapping.path(target, source);
    }

    /** True when the defined parameter is the indirect effect of a mediation hypothesis. */
    public boolean isMediationEffect(String definedName) {
        return mapping.isMediationEffect(definedName);
    }
}
