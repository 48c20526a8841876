package org.synergos.analysis.contribution.internal;

import java.util.List;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;

/** Finds the outcome construct: by id or code, or (when none is given) the single endogenous end point. */
final class Outcomes {

    private Outcomes() {
    }

    static Construct resolve(Framework framework, String wanted) throws AnalysisException {
        if (!wanted.isEmpty()) {
            return framework.getConstructs().stream()
                    .filter(c -> wanted.equals(c.getId()) || wanted.equals(c.getCode())).findFirst()
                    .orElseThrow(() -> new AnalysisException("parameter 'outcome' names '" + wanted
                            + "', which is no construct of the model", wanted, null));
        }
        List<Construct> ends = framework.getConstructs().stream()
                .filter(c -> framework.getPaths().stream().anyMatch(p -> p.getTarget() == c))
                .filter(c -> framework.getPaths().stream().map(StructuralPath::getSource).noneMatch(s -> s == c))
                .toList();
        if (ends.size() != 1) {
            throw new AnalysisException("set parameter 'outcome' to a construct id: " + ends.size()
                    + " constructs are end points of the structural paths");
        }
        return ends.get(0);
    }
}
