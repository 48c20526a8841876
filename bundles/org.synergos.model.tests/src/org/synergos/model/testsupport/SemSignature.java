package org.synergos.model.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.synergos.model.Construct;
import org.synergos.model.Covariance;
import org.synergos.model.DefinedParameter;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.ParameterConstraint;
import org.synergos.model.StructuralPath;

/**
 * The SEM content of a framework as comparable text: constructs and indicators in order, relations
 * as sorted lists (their order carries no meaning). Two frameworks with equal signatures specify the
 * same lavaan model.
 */
public final class SemSignature {

    private SemSignature() {
    }

    public static List<String> of(Framework framework) {
        List<String> lines = new ArrayList<>();
        for (Construct construct : framework.getConstructs()) {
            StringBuilder line = new StringBuilder(construct.getCode()).append(' ').append(construct.getMode());
            for (Indicator indicator : construct.getIndicators()) {
                line.append(' ').append(indicator.getCode()).append('[').append(indicator.getLoadingLabel()).append(',')
                        .append(indicator.getLoadingFixedValue()).append(',').append(indicator.isLoadingFree()).append(']');
            }
            construct.getDimensions().forEach(d -> line.append(" dim:").append(d.getCode()));
            lines.add(line.toString());
        }
        List<String> relations = new ArrayList<>();
        for (StructuralPath path : framework.getPaths()) {
            relations.add(path.getTarget().getCode() + " ~ " + path.getSource().getCode() + " [" + path.getParameterLabel()
                    + "," + path.getFixedValue() + "]");
        }
        for (Covariance covariance : framework.getCovariances()) {
            relations.add(covariance.getLeft().getCode() + " ~~ " + covariance.getRight().getCode() + " ["
                    + covariance.getParameterLabel() + "," + covariance.getFixedValue() + "]");
        }
        for (DefinedParameter parameter : framework.getDefinedParameters()) {
            relations.add(parameter.getName() + " := " + parameter.getExpression());
        }
        for (ParameterConstraint constraint : framework.getConstraints()) {
            relations.add(constraint.getLeft() + " " + constraint.getOperator() + " " + constraint.getRight());
        }
        relations.sort(null);
        lines.addAll(relations);
        return lines;
    }
}
