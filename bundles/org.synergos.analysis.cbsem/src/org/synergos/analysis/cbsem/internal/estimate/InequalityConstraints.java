package org.synergos.analysis.cbsem.internal.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.synergos.analysis.cbsem.core.Convergence;
import org.synergos.analysis.cbsem.core.NonConvergenceException;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterEstimate;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.core.SemException;

/**
 * The {@code <} / {@code >} rows of a table (between two labels, or a label and a number), honoured as
 * lavaan 0.6-14 honours them. lavaan minimises under the constraints with an augmented Lagrangian
 * ({@code nlminb.constr}); afterwards a constraint whose slack is at most {@value #ACTIVE_SLACK} is
 * <em>active</em>: its Jacobian row borders the information matrix, so the covariance of the estimates is
 * that of the model with the active constraints as equalities; df and npar ignore inequality constraints,
 * active or not.
 *
 * <p>Here the constrained optimum is found exactly instead: the constraints are linear, so it is the fit
 * of the model with some subset of them as equalities (a label pinned to the number, or two labels
 * sharing one parameter). Each subset's fit that satisfies the other constraints is a feasible point; the
 * best of them is the optimum. The unconstrained fit comes first (when it is feasible, it is the answer);
 * at most {@value #MAX_CONSTRAINTS} constraints, as the search grows with 2^k.
 */
public final class InequalityConstraints {

    /** lavaan 0.6-14 ({@code nlminb.constr}): a constraint with slack ≤ this is active in the vcov. */
    public static final double ACTIVE_SLACK = 1e-5;
    /** At most this many constraints: every subset may be fitted. */
    public static final int MAX_CONSTRAINTS = 8;
    /** A fit violating a constraint by less than this (optimiser noise) still counts as feasible. */
    private static final double FEASIBILITY = 1e-7;

    /**
     * One constraint: {@code slack = greater − lesser ≥ 0}, each side a free parameter (0-based index into
     * the original θ) or, with index −1, a number.
     */
    public record Constraint(Parameter row, int greater, double greaterValue, int lesser, double lesserValue) {

        double slack(double[] theta) {
            return (greater >= 0 ? theta[greater] : greaterValue) - (lesser >= 0 ? theta[lesser] : lesserValue);
        }

        /** The statement as written, e.g. {@code a > 0.6}. */
        public String text() {
            return row.lhs() + " " + row.op().symbol() + " " + row.rhs();
        }
    }

    private final ParameterTable table;
    private final List<Constraint> constraints;

    private InequalityConstraints(ParameterTable table, List<Constraint> constraints) {
        this.table = table;
        this.constraints = List.copyOf(constraints);
    }

    /** The inequality rows of {@code table}; refuses those the search cannot honour, naming them. */
    public static InequalityConstraints of(ParameterTable table) {
        List<Constraint> out = new ArrayList<>();
        for (Parameter row : table.rows()) {
            if (!row.op().isInequality()) {
                continue;
            }
            String where = "constraint '" + row.lhs() + " " + row.op().symbol() + " " + row.rhs() + "'";
            Side lhs = side(table, row.lhs(), where);
            Side rhs = side(table, row.rhs(), where);
            if (lhs.index < 0 && rhs.index < 0) {
                throw new SemException(where + " compares no free parameter");
            }
            if (lhs.index >= 0 && lhs.index == rhs.index) {
                throw new SemException(where + ": both labels name the same parameter (shared label or '==')");
            }
            boolean greaterLeft = row.op() == org.synergos.analysis.cbsem.core.Operator.GREATER_THAN;
            Side g = greaterLeft ? lhs : rhs;
            Side l = greaterLeft ? rhs : lhs;
            out.add(new Constraint(row, g.index, g.value, l.index, l.value));
        }
        if (out.size() > MAX_CONSTRAINTS) {
            throw new SemException(out.size() + " inequality constraints: the CB-SEM engine estimates at most "
                    + MAX_CONSTRAINTS + " (it searches every subset of active constraints)");
        }
        return new InequalityConstraints(table, out);
    }

    private record Side(int index, double value) {
    }

    private static Side side(ParameterTable table, String text, String where) {
        try {
            return new Side(-1, Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            // a label
        }
        for (Parameter p : table.rows()) {
            if (p.group() > 0 && p.label().equals(text)) {
                if (!p.isFree()) {
                    throw new SemException(where + ": '" + text + "' labels a fixed parameter (" + p + ")");
                }
                return new Side(p.free() - 1, Double.NaN);
            }
        }
        throw new SemException(where + ": '" + text + "' is not the label of a parameter of the model");
    }

    public boolean isEmpty() {
        return constraints.isEmpty();
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /**
     * The constrained ML (or FIML) estimate.
     *
     * @throws NonConvergenceException when no feasible fit converged
     * @throws SemException when no fit satisfies the constraints
     */
    public Solution fit(List<GroupSample> samples, List<SaturatedEm.Moments> h1, boolean fiml, int maxIterations,
            double tolerance) {
        int k = constraints.size();
        Integer[] masks = new Integer[1 << k];
        for (int m = 0; m < masks.length; m++) {
            masks[m] = m;
        }
        Arrays.sort(masks, (a, b) -> a.intValue() == b.intValue() ? 0
                : Integer.bitCount(a) != Integer.bitCount(b) ? Integer.bitCount(a) - Integer.bitCount(b) : a - b);
        Solution best = null;
        Convergence failed = null;
        for (int mask : masks) {
            Solution s = fitWithActive(mask, samples, h1, fiml, maxIterations, tolerance);
            if (s == null) {
                continue; // contradictory pins, e.g. a > 1 and a < 0.5 both as equalities
            }
            if (!s.fitted.convergence().converged()) {
                failed = s.fitted.convergence();
                continue;
            }
            if (!s.feasible()) {
                continue;
            }
            if (best == null || s.fitted.logLik() > best.fitted.logLik()) {
                best = s;
            }
            if (mask == 0) {
                break; // the unconstrained optimum satisfies every constraint
            }
        }
        if (best == null) {
            if (failed != null) {
                throw new NonConvergenceException(failed);
            }
            throw new SemException("no estimate satisfies the inequality constraints " + texts(constraints));
        }
        // as lavaan: every constraint within ACTIVE_SLACK of its bound is active (an equality) in the vcov
        double[] theta = best.originalTheta();
        int active = 0;
        for (int c = 0; c < k; c++) {
            if (constraints.get(c).slack(theta) <= ACTIVE_SLACK) {
                active |= 1 << c;
            }
        }
        if (active != best.mask) {
            Solution s = fitWithActive(active, samples, h1, fiml, maxIterations, tolerance);
            if (s == null || !s.fitted.convergence().converged()) {
                throw new NonConvergenceException(s == null ? best.fitted.convergence() : s.fitted.convergence());
            }
            best = s;
        }
        return best;
    }

    private Solution fitWithActive(int mask, List<GroupSample> samples, List<SaturatedEm.Moments> h1, boolean fiml,
            int maxIterations, double tolerance) {
        int q = table.freeCount();
        int[] parent = new int[q];
        for (int i = 0; i < q; i++) {
            parent[i] = i;
        }
        double[] pin = new double[q];
        Arrays.fill(pin, Double.NaN);
        for (int c = 0; c < constraints.size(); c++) {
            Constraint con = constraints.get(c);
            if ((mask & 1 << c) == 0) {
                continue;
            }
            if (con.greater >= 0 && con.lesser >= 0) {
                int a = find(parent, con.greater);
                int b = find(parent, con.lesser);
                if (a != b) {
                    if (!Double.isNaN(pin[a]) && !Double.isNaN(pin[b]) && pin[a] != pin[b]) {
                        return null;
                    }
                    parent[b] = a;
                    pin[a] = Double.isNaN(pin[a]) ? pin[b] : pin[a];
                }
            } else {
                int a = find(parent, con.greater >= 0 ? con.greater : con.lesser);
                double value = con.greater >= 0 ? con.lesserValue : con.greaterValue;
                if (!Double.isNaN(pin[a]) && pin[a] != value) {
                    return null;
                }
                pin[a] = value;
            }
        }
        int[] map = new int[q]; // original free index → derived free index (0-based), −1 when pinned
        double[] pinned = new double[q];
        int[] rootIndex = new int[q];
        Arrays.fill(rootIndex, -1);
        int next = 0;
        for (int i = 0; i < q; i++) {
            int root = find(parent, i);
            pinned[i] = pin[root];
            if (!Double.isNaN(pin[root])) {
                map[i] = -1;
            } else {
                if (rootIndex[root] < 0) {
                    rootIndex[root] = next++;
                }
                map[i] = rootIndex[root];
            }
        }
        List<Parameter> rows = new ArrayList<>();
        for (Parameter r : table.rows()) {
            if (!r.isFree()) {
                rows.add(r);
                continue;
            }
            int i = r.free() - 1;
            rows.add(map[i] < 0
                    ? new Parameter(r.id(), r.lhs(), r.op(), r.rhs(), r.group(), 0, pinned[i], r.label(), r.userSpecified())
                    : new Parameter(r.id(), r.lhs(), r.op(), r.rhs(), r.group(), map[i] + 1, r.value(), r.label(),
                            r.userSpecified()));
        }
        ParameterTable derived = new ParameterTable(rows, table.observed(), table.latent(), table.groupLabels(),
                table.meanStructure());
        FittedModel fm = ModelFitter.fit(derived, samples, h1, fiml, null, maxIterations, tolerance);
        return new Solution(this, mask, fm, map, pinned);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String texts(List<Constraint> list) {
        List<String> out = new ArrayList<>();
        for (Constraint c : list) {
            out.add("'" + c.text() + "'");
        }
        return String.join(", ", out);
    }

    /**
     * The fit with one set of constraints active: a model in which they are equalities (its own table),
     * and the way back to the original table's free parameters.
     */
    public static final class Solution {
        private final InequalityConstraints owner;
        private final int mask;
        private final FittedModel fitted;
        private final int[] map;
        private final double[] pinned;

        private Solution(InequalityConstraints owner, int mask, FittedModel fitted, int[] map, double[] pinned) {
            this.owner = owner;
            this.mask = mask;
            this.fitted = fitted;
            this.map = map;
            this.pinned = pinned;
        }

        /** The fit of the model with the active constraints as equalities. */
        public FittedModel fitted() {
            return fitted;
        }

        /** The active constraints (slack ≤ {@link #ACTIVE_SLACK}), in table order. */
        public List<Constraint> active() {
            List<Constraint> out = new ArrayList<>();
            for (int c = 0; c < owner.constraints.size(); c++) {
                if ((mask & 1 << c) != 0) {
                    out.add(owner.constraints.get(c));
                }
            }
            return out;
        }

        /** The estimates as the original table's free parameters. */
        public double[] originalTheta() {
            double[] derived = fitted.theta();
            double[] out = new double[map.length];
            for (int i = 0; i < map.length; i++) {
                out[i] = map[i] < 0 ? pinned[i] : derived[map[i]];
            }
            return out;
        }

        boolean feasible() {
            double[] theta = originalTheta();
            for (Constraint c : owner.constraints) {
                if (c.slack(theta) < -FEASIBILITY) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The derived fit's covariance (q'×q') as one of the original free parameters (q×q): {@code J V Jᵀ}
         * with J the derivative of the original parameters by the derived ones, which is what lavaan's
         * bordered information matrix gives (a pinned parameter has variance 0); null stays null.
         */
        public double[] expandVcov(double[] vcov) {
            if (vcov == null) {
                return null;
            }
            int q = map.length;
            int qd = fitted.table().freeCount();
            double[] out = new double[q * q];
            for (int i = 0; i < q; i++) {
                for (int j = 0; j < q; j++) {
                    out[i * q + j] = map[i] < 0 || map[j] < 0 ? 0.0 : vcov[map[i] * qd + map[j]];
                }
            }
            return out;
        }

        /** The estimates re-attached to the original table's rows (a pinned parameter stays free there). */
        public List<ParameterEstimate> onOriginalRows(List<ParameterEstimate> estimates) {
            List<Parameter> rows = owner.table.rows();
            List<ParameterEstimate> out = new ArrayList<>();
            for (ParameterEstimate e : estimates) {
                Parameter original = rows.get(e.parameter().id() - 1);
                out.add(new ParameterEstimate(original, e.estimate(), e.se(), e.z(), e.pvalue(), e.ciLower(),
                        e.ciUpper(), e.stdLv(), e.stdAll(), e.stdNox()));
            }
            return out;
        }
    }
}
