package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Modification indices (Sörbom 1989) verified by their definition (lavaan's values are compared in
 * {@link ModificationIndexLavaanTest}): freeing the parameter and refitting lowers the chi-square by about MI
 * (a score test approximates the likelihood-ratio test; tolerance 15% relative for the candidates
 * checked), and the EPC, a one-step approximation, the refitted estimate (tolerance 35% relative). Base fit checked
 * against lavaan 0.6-14, R 4.2.2 in {@link SemTest}.
 */
class ModificationIndexTest {

    private static final DataSet DATA = LavaanReference.data("PoliticalDemocracy.csv");
    private static SemResult base;
    private static List<ModificationIndex> indices;

    @BeforeAll
    static void fit() {
        base = Sem.fit(LavaanReference.politicalDemocracy(), DATA, SemOptions.defaults());
        indices = Sem.modificationIndices(base);
    }

    @Test
    void candidatesAreSortedAndExcludeFreeParameters() {
        assertFalse(indices.isEmpty());
        for (int i = 1; i < indices.size(); i++) {
            assertTrue(indices.get(i - 1).mi() >= indices.get(i).mi());
        }
        for (ModificationIndex m : indices) {
            assertTrue(m.mi() >= 0);
            Parameter row = base.parameterTable().find(m.lhs(), m.op(), m.rhs(), m.group());
            assertTrue(row == null || !row.isFree(), m.toString());
        }
    }

    @Test
    void miApproximatesChiSquareDropWhenFreed() {
        int checked = 0;
        for (ModificationIndex m : indices.subList(0, 3)) {
            SemResult freed = refitWith(m);
            double drop = base.fitMeasures().chisq() - freed.fitMeasures().chisq();
            assertEquals(m.mi(), drop, 0.15 * Math.max(m.mi(), 1.0), "MI vs chi-square drop for " + m);
            double est = freed.estimate(m.lhs(), m.op(), m.rhs(), m.group()).estimate();
            assertEquals(est, m.epc(), 0.35 * Math.abs(est) + 0.02, "EPC vs refitted estimate for " + m);
            System.out.printf("MI check %s %s %s: MI %.4f, chi-square drop %.4f, EPC %.4f, refitted %.4f%n", m.lhs(),
                    m.op().symbol(), m.rhs(), m.mi(), drop, m.epc(), est);
            checked++;
        }
        assertEquals(3, checked);
    }

    private static SemResult refitWith(ModificationIndex m) {
        ParameterTable t = base.parameterTable();
        int id = t.rows().size() + 1;
        Parameter extra = new Parameter(id, m.lhs(), m.op(), m.rhs(), m.group(), t.freeCount() + 1, Double.NaN, "",
                true);
        return Sem.fit(t.withRows(List.of(extra)), DATA, SemOptions.defaults());
    }
}
