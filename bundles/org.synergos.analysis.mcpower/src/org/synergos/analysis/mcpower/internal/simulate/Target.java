package org.synergos.analysis.mcpower.internal.simulate;

import java.util.List;

/**
 * An estimate whose power is simulated: a structural path (chain of two constructs) or the indirect effect of a
 * mediation hypothesis (chain of three or more).
 *
 * @param label what tables show, e.g. "H1" or "H4 (indirect)"
 * @param elementId the model element the overlay goes on
 * @param chain constructs from source to target
 * @param definedName for CB-SEM, the defined parameter of an indirect effect (null for a path)
 */
public record Target(String label, String elementId, List<String> chain, String definedName) {

    public Target {
        chain = List.copyOf(chain);
    }

    public boolean isPath() {
        return chain.size() == 2;
    }

    public String source() {
        return chain.get(0);
    }

    public String target() {
        return chain.get(chain.size() - 1);
    }

    /** "A -> B -> C", the PLS core's label of a path or specific indirect effect. */
    public String chainLabel() {
        return String.join(" -> ", chain);
    }
}
