package org.synergos.analysis.sd.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.synergos.model.Flow;
import org.synergos.model.LookupTable;
import org.synergos.model.SdVariable;
import org.synergos.model.Stock;
import org.synergos.model.SystemDynamicsModel;

/**
 * Dimensional consistency of every equation (as Vensim's units check). Rules:
 * <ul>
 * <li>a variable has the units it declares; one declaring none has unknown units, and nothing is checked
 * against an unknown (so models can adopt units gradually);</li>
 * <li>a number adapts to the other side of +, −, comparisons, MIN, MAX and IF's branches and is
 * dimensionless in * and /; TIME and DT have the model's time units;</li>
 * <li>+, −, comparisons, MIN, MAX and IF's branches need equal units; x^n needs a dimensionless n, and a
 * number n (an integer unless x is dimensionless) when x has units; EXP and LN need dimensionless arguments;
 * SQRT needs even exponents; STEP(h, t) has h's units, RAMP(s, t0, t1) s·time, PULSE is dimensionless; their
 * times need time units; a lookup call needs the table's input units and gives its units;</li>
 * <li>an equation's units must equal its element's; a flow's units must be its stocks' units per time unit;
 * a delay's input and initial value have the delay's units, its delay time time units.</li>
 * </ul>
 */
final class UnitChecker {

    /** Inferred units: concrete, a wildcard (a number) or, as null, unknown. */
    private record Dim(Units units, boolean wildcard) {
        static final Dim NUMBER = new Dim(Units.DIMENSIONLESS, true);

        static Dim of(Units units) {
            return units == null ? null : new Dim(units, false);
        }

        Units asFactor() {
            return units;
        }
    }

    private final SystemDynamicsModel model;
    private final List<Variable> variables;
    private final Map<Integer, SdVariable> elements;
    private final Map<String, LookupTable> lookups;
    private final Map<Integer, Units> declared = new HashMap<>();
    private final Map<String, Units> lookupUnits = new HashMap<>();
    private final Map<String, Units> lookupInput = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private Units time;

    UnitChecker(SystemDynamicsModel model, List<Variable> variables, Map<Integer, SdVariable> elements,
            Map<String, LookupTable> lookups) {
        this.model = model;
        this.variables = variables;
        this.elements = elements;
        this.lookups = lookups;
    }

    void check(Map<Integer, Expr> equation, Map<Integer, ModelCompiler.Source> equationSource, Map<Integer, Expr> init,
            Map<Integer, ModelCompiler.Source> initSource, Map<Integer, Expr> delayInput,
            Map<Integer, ModelCompiler.Source> delayInputSource, Map<Integer, Expr> delayTime,
            Map<Integer, ModelCompiler.Source> delayTimeSource) throws SdException {
        time = parse(model.getTimeUnits(), "system dynamics model '" + model.getName() + "': time units", model.getId());
        for (Variable v : variables) {
            slots.put(v.name(), v.slot());
            if (v.units() != null) {
                declared.put(v.slot(), parse(v.units(), v.describe() + ": units", v.id()));
            }
        }
        for (LookupTable table : lookups.values()) {
            if (table.getUnits() != null && !table.getUnits().isBlank()) {
                lookupUnits.put(table.getName(),
                        parse(table.getUnits(), "lookup table '" + table.getName() + "': units", table.getId()));
            }
            if (table.getInputUnits() != null && !table.getInputUnits().isBlank()) {
                lookupInput.put(table.getName(), parse(table.getInputUnits(),
                        "lookup table '" + table.getName() + "': input units", table.getId()));
            }
        }
        for (Variable v : variables) {
            int s = v.slot();
            Units own = declared.get(s);
            switch (v.kind()) {
                case FLOW, AUXILIARY -> {
                    expect(infer(equation.get(s), equationSource.get(s)), own, equationSource.get(s),
                            "its " + v.kind().label());
                    if (v.kind() == Variable.Kind.FLOW) {
                        checkFlowAgainstStocks(v, (Flow) elements.get(s), own);
                    }
                }
                case STOCK -> expect(infer(init.get(s), initSource.get(s)), own, initSource.get(s), "its stock");
                case DELAY -> {
                    expect(infer(delayInput.get(s), delayInputSource.get(s)), own, delayInputSource.get(s), "its delay");
                    expect(infer(delayTime.get(s), delayTimeSource.get(s)), time, delayTimeSource.get(s),
                            "the model's time units");
                    if (init.containsKey(s)) {
                        expect(infer(init.get(s), initSource.get(s)), own, initSource.get(s), "its delay");
                    }
                }
                default -> {
                }
            }
        }
    }

    private void checkFlowAgainstStocks(Variable flow, Flow element, Units own) throws SdException {
        if (own == null || time == null) {
            return;
        }
        for (Stock stock : new Stock[] { element.getFrom(), element.getTo() }) {
            if (stock == null) {
                continue;
            }
            Units stockUnits = declared.get(slots.get(stock.getName()));
            if (stockUnits != null && !stockUnits.times(time.inverse()).equals(own)) {
                throw new SdException(flow.describe() + " has units " + own + " but moves stock '" + stock.getName()
                        + "' (" + stockUnits + ") per " + time + ": a flow of this stock needs "
                        + stockUnits.times(time.inverse()), flow.id());
            }
        }
    }

    private static Units parse(String text, String what, String id) throws SdException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Units.parse(text);
        } catch (EquationSyntaxException e) {
            throw new SdException(what + " '" + text + "' column " + e.column() + ": " + e.getMessage(), id);
        }
    }

    private static void expect(Dim inferred, Units wanted, ModelCompiler.Source source, String whose)
            throws SdException {
        if (inferred == null || wanted == null || inferred.wildcard() || inferred.units().equals(wanted)) {
            return;
        }
        throw new SdException(source.variable().describe() + ": the units of its " + source.field() + " \""
                + source.text() + "\" are " + inferred.units() + ", but " + whose + " units are " + wanted,
                source.variable().id());
    }

    private Dim infer(Expr expr, ModelCompiler.Source source) throws SdException {
        if (expr instanceof Expr.Num) {
            return Dim.NUMBER;
        }
        if (expr instanceof Expr.Clock) {
            return Dim.of(time);
        }
        if (expr instanceof Expr.Name name) {
            return Dim.of(declared.get(slots.get(name.name())));
        }
        if (expr instanceof Expr.Unary unary) {
            Dim operand = infer(unary.operand(), source);
            return unary.op() == Expr.Op.NOT ? Dim.of(Units.DIMENSIONLESS) : operand;
        }
        if (expr instanceof Expr.If ifExpr) {
            infer(ifExpr.condition(), source);
            return same(infer(ifExpr.then(), source), infer(ifExpr.otherwise(), source), source, ifExpr.column(),
                    "the branches of IF");
        }
        if (expr instanceof Expr.Binary binary) {
            Dim l = infer(binary.left(), source);
            Dim r = infer(binary.right(), source);
            Expr.Op op = binary.op();
            switch (op) {
                case ADD, SUBTRACT:
                    return same(l, r, source, binary.column(), op == Expr.Op.ADD ? "the terms of +" : "the terms of −");
                case MULTIPLY:
                case DIVIDE: {
                    if (l == null || r == null) {
                        return null;
                    }
                    Units u = l.asFactor().times(op == Expr.Op.MULTIPLY ? r.asFactor() : r.asFactor().inverse());
                    return new Dim(u, l.wildcard() && r.wildcard());
                }
                case POWER:
                    return power(binary, l, r, source);
                case AND, OR:
                    return Dim.of(Units.DIMENSIONLESS);
                default: // comparisons
                    same(l, r, source, binary.column(), "the sides of " + op.symbol());
                    return Dim.of(Units.DIMENSIONLESS);
            }
        }
        Expr.Call call = (Expr.Call) expr;
        List<Expr> a = call.arguments();
        switch (call.function()) {
            case "MIN":
            case "MAX": {
                Dim result = infer(a.get(0), source);
                for (int i = 1; i < a.size(); i++) {
                    result = same(result, infer(a.get(i), source), source, call.column(),
                            "the arguments of " + call.function());
                }
                return result;
            }
            case "ABS":
                return infer(a.get(0), source);
            case "EXP":
            case "LN":
                dimensionless(infer(a.get(0), source), source, call.column(), "the argument of " + call.function());
                return Dim.of(Units.DIMENSIONLESS);
            case "SQRT": {
                Dim arg = infer(a.get(0), source);
                if (arg == null || arg.wildcard()) {
                    return arg;
                }
                Units root = arg.units().sqrt();
                if (root == null) {
                    throw error(source, call.column(), "SQRT of " + arg.units() + " (an odd exponent) has no units");
                }
                return Dim.of(root);
            }
            case "STEP":
                timeArgument(infer(a.get(1), source), source, call.column(), "the step time of STEP");
                return infer(a.get(0), source);
            case "RAMP": {
                for (int i = 1; i < a.size(); i++) {
                    timeArgument(infer(a.get(i), source), source, call.column(), "the times of RAMP");
                }
                Dim slope = infer(a.get(0), source);
                if (slope == null || time == null) {
                    return null;
                }
                return new Dim(slope.units().times(time), slope.wildcard());
            }
            case "PULSE":
                timeArgument(infer(a.get(0), source), source, call.column(), "the start of PULSE");
                timeArgument(infer(a.get(1), source), source, call.column(), "the width of PULSE");
                return Dim.of(Units.DIMENSIONLESS);
            default: {
                Dim input = infer(a.get(0), source);
                Units wanted = lookupInput.get(call.function());
                if (input != null && wanted != null && !input.wildcard() && !input.units().equals(wanted)) {
                    throw error(source, call.column(), "lookup table '" + call.function() + "' reads " + wanted
                            + " but is given " + input.units());
                }
                return Dim.of(lookupUnits.get(call.function()));
            }
        }
    }

    private Dim power(Expr.Binary binary, Dim base, Dim exponent, ModelCompiler.Source source) throws SdException {
        dimensionless(exponent, source, binary.column(), "the exponent of ^");
        if (base == null || base.wildcard() || base.units().isDimensionless()) {
            return base;
        }
        if (!(binary.right() instanceof Expr.Num number)) {
            throw error(source, binary.column(), "a quantity with units (" + base.units()
                    + ") can only be raised to a number written in the equation");
        }
        double n = number.value();
        if (n != Math.rint(n)) {
            throw error(source, binary.column(), base.units() + " raised to the non-integer power " + n
                    + " has no units");
        }
        return Dim.of(base.units().power((int) n));
    }

    private Dim same(Dim l, Dim r, ModelCompiler.Source source, int column, String what) throws SdException {
        if (l == null || r == null) {
            return null;
        }
        if (l.wildcard()) {
            return r;
        }
        if (r.wildcard()) {
            return l;
        }
        if (!l.units().equals(r.units())) {
            throw error(source, column, what + " have different units: " + l.units() + " and " + r.units());
        }
        return l;
    }

    private void dimensionless(Dim dim, ModelCompiler.Source source, int column, String what) throws SdException {
        if (dim != null && !dim.wildcard() && !dim.units().isDimensionless()) {
            throw error(source, column, what + " must be dimensionless, not " + dim.units());
        }
    }

    private void timeArgument(Dim dim, ModelCompiler.Source source, int column, String what) throws SdException {
        if (dim != null && time != null && !dim.wildcard() && !dim.units().equals(time)) {
            throw error(source, column, what + " must be in the model's time units (" + time + "), not " + dim.units());
        }
    }

    private static SdException error(ModelCompiler.Source source, int column, String text) {
        return new SdException(source.where(column) + ": " + text, source.variable().id());
    }
}
