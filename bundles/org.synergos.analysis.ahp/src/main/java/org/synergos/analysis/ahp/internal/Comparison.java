package org.synergos.analysis.ahp.internal;

import java.util.List;

/**
 * The pairwise comparison of the elements under one parent (the goal or a criterion), as judged by one or
 * more judges. Rows and columns follow {@code compared}.
 *
 * @param parent the goal or criterion with respect to which the elements are compared; its id names the matrix
 * @param compared the criteria under it, or the alternatives under a leaf criterion
 * @param judgements one matrix per judge (a single unnamed judge has the name "")
 */
public record Comparison(Element parent, List<Element> compared, List<Judgement> judgements) {

    /** One judge's reciprocal matrix, validated against Saaty's scale. */
    public record Judgement(String judge, double[][] matrix, int line) {
    }

    public String id() {
        return parent.id();
    }

    public boolean isGroup() {
        return judgements.size() > 1;
    }
}
