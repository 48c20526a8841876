package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.cbsem.internal.evaluate.ModIndices;
import org.synergos.testing.ReferenceTable;

/**
 * Test support: compares Synergos' modification indices with a lavaan {@code modindices(fit, sort. =
 * FALSE, minimum.value = 0)} CSV (bundled, written by {@code reference/run.R}) in three ways: the
 * candidate sets are the same row for row; evaluated at lavaan's own estimates (from its parameter
 * table), MI, EPC, sepc.lv and sepc.all agree to {@value #FORMULA} relative (the formulas); and from
 * Synergos' own fit, MI agrees to {@value #REL} relative to max(MI, 1). EPCs are not compared from the
 * two fits: for a small MI the score is near 0 and its EPC amplifies the optimisers' precision
 * (lavaan's nlminb stops at a relative change of 1e-10 in the objective).
 */
final class LavaanModIndices {

    static final double REL = 1e-4;
    /** Agreement of the formulas, evaluated at the same (lavaan's) estimates. */
    static final double FORMULA = 1e-6;

    private final LavaanReference ref;

    LavaanModIndices(LavaanReference ref) {
        this.ref = ref;
    }

    /** All three checks of {@code file} against {@code fit}, with lavaan's estimates in {@code paramsCsv}. */
    void assertMatches(String file, SemResult fit, boolean grouped, String paramsCsv) {
        assertMatches(file, fit, grouped, paramsCsv, REL);
    }

    /** As above, the own fit's MIs to {@code ownRel} of max(MI, 1) (where lavaan's optimum is less precise). */
    void assertMatches(String file, SemResult fit, boolean grouped, String paramsCsv, double ownRel) {
        // formulas first: a failure there is the engine's, one of the own fit may be the optima's
        assertMatches(file, ModIndices.compute(LavaanReference.fittedAt(fit, paramsCsv, grouped)), grouped, true, 0.0);
        assertMatches(file, Sem.modificationIndices(fit), grouped, false, ownRel);
    }

    /** {@code formula}: at lavaan's estimates, all columns to {@value #FORMULA}; else the MI to ownRel·max(MI, 1). */
    private void assertMatches(String file, List<ModificationIndex> indices, boolean grouped, boolean formula,
            double ownRel) {
        ReferenceTable table = LavaanReference.table(LavaanReference.BUNDLED + file);
        Map<String, ModificationIndex> byKey = new HashMap<>();
        for (ModificationIndex m : indices) {
            byKey.put(key(m.lhs(), m.op(), m.rhs(), m.group()), m);
        }
        for (int i = 0; i < table.rowCount(); i++) {
            Operator op = Operator.ofSymbol(table.cell(i, "op"));
            int group = grouped ? (int) table.number(i, "group") : 1;
            String lhs = table.cell(i, "lhs");
            String rhs = table.cell(i, "rhs");
            ModificationIndex m = byKey.get(key(lhs, op, rhs, group));
            if (m == null && op == Operator.COVARIANCE) {
                m = byKey.get(key(rhs, op, lhs, group));
            }
            String what = file + (formula ? " at lavaan's estimates " : " ") + lhs + " " + op.symbol() + " " + rhs
                    + " g" + group;
            assertNotNull(m, what + ": lavaan has this candidate, Synergos not");
            double mi = table.number(i, "mi");
            if (!formula) {
                ref.assertClose(mi, m.mi(), ownRel * Math.max(mi, 1.0) / mi, 0.0, what + " mi");
                continue;
            }
            ref.assertClose(mi, m.mi(), FORMULA, 0.0, what + " mi");
            ref.assertClose(table.number(i, "epc"), m.epc(), FORMULA, 0.0, what + " epc");
            ref.assertClose(table.number(i, "sepc.lv"), m.sepcLv(), FORMULA, 0.0, what + " sepc.lv");
            ref.assertClose(table.number(i, "sepc.all"), m.sepcAll(), FORMULA, 0.0, what + " sepc.all");
        }
        assertEquals(table.rowCount(), indices.size(), file + ": same candidate set as lavaan");
    }

    private static String key(String lhs, Operator op, String rhs, int group) {
        return lhs + " " + op.symbol() + " " + rhs + " " + group;
    }
}
