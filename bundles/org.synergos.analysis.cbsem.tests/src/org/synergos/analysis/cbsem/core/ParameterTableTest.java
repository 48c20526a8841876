package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;

/**
 * lavaan {@code sem()} defaults applied by {@link Sem#specify}: rows as in lavaan 0.6-14, R 4.2.2
 * {@code parameterEstimates()} for the tutorial model (same rows, marker loadings fixed to 1),
 * npar 31 and, for two groups, intercepts and fixed latent means.
 */
class ParameterTableTest {

    private static final DataSet DATA = LavaanReference.data("PoliticalDemocracy.csv");

    @Test
    void defaultsReproduceLavaanRows() {
        ParameterTable t = Sem.specify(LavaanReference.politicalDemocracy(), DATA, SemOptions.defaults());
        ReferenceTable ref = ReferenceResults.table("lavaan_poldem/poldem_ml_params.csv");
        assertEquals(ref.rowCount(), t.rows().size());
        for (int i = 0; i < ref.rowCount(); i++) {
            Parameter p = t.rows().get(i);
            assertEquals(ref.cell(i, "lhs"), p.lhs(), "row " + (i + 1));
            assertEquals(ref.cell(i, "op"), p.op().symbol(), "row " + (i + 1));
            assertEquals(ref.cell(i, "rhs"), p.rhs(), "row " + (i + 1));
            boolean fixed = ref.cell(i, "z").equals("NA");
            assertEquals(fixed, !p.isFree(), "row " + (i + 1));
        }
        assertEquals(ReferenceResults.json("lavaan_poldem/poldem_ml_fit.json").get("headline").get("npar").asInt(),
                t.freeCount());
        assertFalse(t.meanStructure());
    }

    @Test
    void groupsAddInterceptsAndSharedLabels() {
        DataSet grouped = LavaanReference.data("PoliticalDemocracy_grouped.csv");
        ParameterTable t = Sem.specify(LavaanReference.politicalDemocracy(), grouped,
                SemOptions.builder().group("grp").groupEqual(GroupEquality.LOADINGS).build());
        assertTrue(t.meanStructure());
        assertEquals(2, t.groupCount());
        Parameter l1 = t.find("ind60", Operator.LOADING, "x2", 1);
        Parameter l2 = t.find("ind60", Operator.LOADING, "x2", 2);
        assertEquals(l1.free(), l2.free());
        assertEquals(l1.label(), l2.label());
        Parameter mean = t.find("dem60", Operator.INTERCEPT, "", 2);
        assertNotNull(mean);
        assertFalse(mean.isFree());
        assertEquals(0.0, mean.value());
    }

    @Test
    void equalityConstraintSharesFreeIndex() {
        ModelSpecification m = LavaanReference.politicalDemocracy().toBuilder()
                .build();
        ModelSpecification.Builder b = ModelSpecification.builder();
        for (Statement s : m.statements()) {
            if (s.op() == Operator.LOADING && s.rhs().equals("y2")) {
                b.loading("dem60", "y2", Modifier.label("l2"));
            } else if (s.op() == Operator.LOADING && s.rhs().equals("y6")) {
                b.loading("dem65", "y6", Modifier.label("l6"));
            } else {
                b.add(s);
            }
        }
        b.constrainEqual("l2", "l6");
        ParameterTable t = Sem.specify(b.build(), DATA, SemOptions.defaults());
        assertEquals(30, t.freeCount());
        SemResult r = Sem.fit(t, DATA, SemOptions.defaults());
        assertEquals(r.estimate("dem60", Operator.LOADING, "y2").estimate(),
                r.estimate("dem65", Operator.LOADING, "y6").estimate(), 0.0);
        assertEquals(36, r.fitMeasures().df());
    }
}
