package org.synergos.analysis.sd.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.model.Auxiliary;
import org.synergos.model.Delay;
import org.synergos.model.DelayKind;
import org.synergos.model.Flow;
import org.synergos.model.LookupInterpolation;
import org.synergos.model.LookupTable;
import org.synergos.model.SdVariable;
import org.synergos.model.SimulationParameter;
import org.synergos.model.Stock;
import org.synergos.model.SystemDynamicsModel;

/**
 * Specify stage: the EMF {@link SystemDynamicsModel} becomes a {@link CompiledModel}. Parses every equation,
 * resolves names, orders auxiliaries, flows and delay outputs by their dependencies (refusing algebraic loops,
 * naming the elements in the loop), orders the initialization the same way, and checks units
 * ({@link UnitChecker}). Every error names the element, and for equations the column.
 */
public final class ModelCompiler {

    /** Where an equation comes from: the element and which of its equations. */
    record Source(Variable variable, String field, String text) {
        String where(int column) {
            return variable.describe() + ", " + field + " \"" + text + "\" column " + column;
        }
    }

    private final SystemDynamicsModel model;
    private final List<Variable> variables = new ArrayList<>();
    private final Map<String, Variable> byName = new LinkedHashMap<>();
    private final Map<String, Lookup> lookups = new LinkedHashMap<>();
    private final Map<String, LookupTable> lookupElements = new LinkedHashMap<>();
    private final Map<Integer, SdVariable> elements = new HashMap<>();

    private ModelCompiler(SystemDynamicsModel model) {
        this.model = model;
    }

    public static CompiledModel compile(SystemDynamicsModel model, boolean checkUnits) throws SdException {
        return new ModelCompiler(model).run(checkUnits);
    }

    private CompiledModel run(boolean checkUnits) throws SdException {
        for (SimulationParameter p : model.getParameters()) {
            add(p, Variable.Kind.PARAMETER);
        }
        for (Stock s : model.getStocks()) {
            add(s, Variable.Kind.STOCK);
        }
        for (Flow f : model.getFlows()) {
            add(f, Variable.Kind.FLOW);
        }
        for (Auxiliary a : model.getAuxiliaries()) {
            add(a, Variable.Kind.AUXILIARY);
        }
        for (Delay d : model.getDelays()) {
            add(d, Variable.Kind.DELAY);
        }
        for (LookupTable table : model.getLookupTables()) {
            addLookup(table);
        }
        if (model.getStocks().isEmpty()) {
            throw new SdException("system dynamics model '" + model.getName() + "' has no stock to integrate",
                    model.getId());
        }
        int n = variables.size();
        double[] defaults = new double[n];
        java.util.Arrays.fill(defaults, Double.NaN);
        // parse
        Map<Integer, Expr> equation = new HashMap<>();
        Map<Integer, Source> equationSource = new HashMap<>();
        Map<Integer, Expr> init = new HashMap<>();
        Map<Integer, Source> initSource = new HashMap<>();
        Map<Integer, Expr> delayInput = new HashMap<>();
        Map<Integer, Source> delayInputSource = new HashMap<>();
        Map<Integer, Expr> delayTime = new HashMap<>();
        Map<Integer, Source> delayTimeSource = new HashMap<>();
        for (Variable v : variables) {
            SdVariable element = elements.get(v.slot());
            switch (v.kind()) {
                case PARAMETER -> defaults[v.slot()] = ((SimulationParameter) element).getValue();
                case STOCK -> parse(v, "initial value", ((Stock) element).getInitialValue(), init, initSource);
                case FLOW -> {
                    Flow flow = (Flow) element;
                    if (flow.getFrom() != null && flow.getFrom() == flow.getTo()) {
                        throw new SdException(v.describe() + " flows from stock '" + flow.getFrom().getName()
                                + "' into itself", v.id());
                    }
                    checkStockOfModel(v, flow.getFrom(), "from");
                    checkStockOfModel(v, flow.getTo(), "to");
                    parse(v, "equation", flow.getEquation(), equation, equationSource);
                }
                case AUXILIARY -> parse(v, "equation", ((Auxiliary) element).getEquation(), equation, equationSource);
                case DELAY -> {
                    Delay delay = (Delay) element;
                    parse(v, "input", delay.getInput(), delayInput, delayInputSource);
                    parse(v, "delay time", delay.getDelayTime(), delayTime, delayTimeSource);
                    if (delay.getInitialValue() != null && !delay.getInitialValue().isBlank()) {
                        parse(v, "initial value", delay.getInitialValue(), init, initSource);
                    }
                }
            }
        }
        // resolve names and record dependencies
        List<Set<Integer>> rateDeps = new ArrayList<>();
        List<Set<Integer>> initDeps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rateDeps.add(new LinkedHashSet<>());
            initDeps.add(new LinkedHashSet<>());
        }
        for (Variable v : variables) {
            int s = v.slot();
            switch (v.kind()) {
                case FLOW, AUXILIARY -> {
                    Set<Integer> refs = references(equation.get(s), equationSource.get(s));
                    rateDeps.get(s).addAll(refs);
                    initDeps.get(s).addAll(refs);
                }
                case STOCK -> initDeps.get(s).addAll(references(init.get(s), initSource.get(s)));
                case DELAY -> {
                    Set<Integer> input = references(delayInput.get(s), delayInputSource.get(s));
                    Set<Integer> time = references(delayTime.get(s), delayTimeSource.get(s));
                    if (((Delay) elements.get(s)).getKind() == DelayKind.DELAY1
                            || ((Delay) elements.get(s)).getKind() == DelayKind.DELAY3) {
                        rateDeps.get(s).addAll(time); // output = level / delay time
                    }
                    initDeps.get(s).addAll(time);
                    initDeps.get(s).addAll(init.containsKey(s) ? references(init.get(s), initSource.get(s)) : input);
                }
                default -> {
                }
            }
        }
        // order
        List<Integer> rateNodes = new ArrayList<>();
        List<Integer> initNodes = new ArrayList<>();
        for (Variable v : variables) {
            if (v.kind() == Variable.Kind.FLOW || v.kind() == Variable.Kind.AUXILIARY || v.kind() == Variable.Kind.DELAY) {
                rateNodes.add(v.slot());
            }
            if (v.kind() != Variable.Kind.PARAMETER) {
                initNodes.add(v.slot());
            }
        }
        int[] rateOrder = order(rateNodes, rateDeps, "algebraic loop (simultaneous equations with no stock or delay"
                + " between them)");
        int[] initOrder = order(initNodes, initDeps, "initialization loop (initial values that depend on each other;"
                + " give a stock or a delay an initial value that breaks it)");
        // units
        if (checkUnits) {
            new UnitChecker(model, variables, elements, lookupElements).check(equation, equationSource, init,
                    initSource, delayInput, delayInputSource, delayTime, delayTimeSource);
        }
        // compile
        Ev[] equations = new Ev[n];
        Ev[] initial = new Ev[n];
        List<CompiledModel.StockState> stocks = new ArrayList<>();
        List<CompiledModel.DelayState> delays = new ArrayList<>();
        int state = 0;
        Map<Integer, List<Integer>> inflows = new HashMap<>();
        Map<Integer, List<Integer>> outflows = new HashMap<>();
        for (Variable v : variables) {
            if (v.kind() == Variable.Kind.FLOW) {
                Flow flow = (Flow) elements.get(v.slot());
                if (flow.getTo() != null) {
                    inflows.computeIfAbsent(slotOf(flow.getTo()), k -> new ArrayList<>()).add(v.slot());
                }
                if (flow.getFrom() != null) {
                    outflows.computeIfAbsent(slotOf(flow.getFrom()), k -> new ArrayList<>()).add(v.slot());
                }
            }
        }
        for (Variable v : variables) {
            int s = v.slot();
            switch (v.kind()) {
                case STOCK -> {
                    int index = state++;
                    stocks.add(new CompiledModel.StockState(s, index, toArray(inflows.get(s)), toArray(outflows.get(s))));
                    initial[s] = compile(init.get(s));
                    equations[s] = frame -> frame.state[index];
                }
                case FLOW, AUXILIARY -> equations[s] = compile(equation.get(s));
                case DELAY -> {
                    Delay delay = (Delay) elements.get(s);
                    Ev input = compile(delayInput.get(s));
                    Ev time = compile(delayTime.get(s));
                    CompiledModel.DelayState d = new CompiledModel.DelayState(s, delay.getKind(), state, input, time);
                    state += d.order();
                    delays.add(d);
                    initial[s] = init.containsKey(s) ? compile(init.get(s)) : input;
                    equations[s] = delayOutput(d, v);
                }
                default -> {
                }
            }
        }
        return new CompiledModel(model.getName(), List.copyOf(variables), defaults, rateOrder, equations,
                List.copyOf(stocks), List.copyOf(delays), initOrder, initial, state,
                blankToNull(model.getTimeUnits()), Collections.unmodifiableMap(byName));
    }

    private static Ev delayOutput(CompiledModel.DelayState d, Variable v) {
        int last = d.state() + d.order() - 1;
        if (!d.material()) {
            return frame -> frame.state[last];
        }
        Ev time = d.delayTime();
        if (d.order() == 1) {
            return frame -> frame.state[last] / positive(time.eval(frame), v, frame);
        }
        return frame -> frame.state[last] / (positive(time.eval(frame), v, frame) / 3.0);
    }

    static double positive(double delayTime, Variable v, Frame frame) {
        if (!(delayTime > 0)) {
            throw new SimulationError(v.describe() + ": the delay time is " + delayTime + " at time " + frame.time
                    + "; it must be positive", v.id());
        }
        return delayTime;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static int[] toArray(List<Integer> list) {
        return list == null ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
    }

    private int slotOf(Stock stock) {
        return byName.get(stock.getName()).slot();
    }

    private void checkStockOfModel(Variable flow, Stock stock, String end) throws SdException {
        if (stock != null && !model.getStocks().contains(stock)) {
            throw new SdException(flow.describe() + ": its '" + end + "' stock '" + stock.getName()
                    + "' is not a stock of system dynamics model '" + model.getName() + "'", flow.id());
        }
    }

    private void add(SdVariable element, Variable.Kind kind) throws SdException {
        String name = element.getName();
        String label = kind.label();
        if (name == null || name.isBlank()) {
            throw new SdException(label + " '" + element.getId() + "' has no name; equations refer to variables by name",
                    element.getId());
        }
        checkUnique(name, label, element.getId());
        // an element without an id (a hand-written file) is keyed by its name in the tables
        String id = element.getId() == null || element.getId().isBlank() ? name : element.getId();
        Variable v = new Variable(variables.size(), kind, id, name, blankToNull(element.getUnits()),
                blankToNull(element.getObservedColumn()));
        variables.add(v);
        byName.put(name, v);
        elements.put(v.slot(), element);
    }

    private void checkUnique(String name, String label, String id) throws SdException {
        Variable other = byName.get(name);
        if (other != null) {
            throw new SdException(label + " '" + name + "' has the name of " + other.describe()
                    + "; names in a system dynamics model must be unique", id);
        }
        if (lookups.containsKey(name)) {
            throw new SdException(label + " '" + name + "' has the name of lookup table '" + name
                    + "'; names in a system dynamics model must be unique", id);
        }
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (Functions.isBuiltIn(upper) || java.util.Set.of("TIME", "DT", "TIME_STEP", "IF", "THEN", "ELSE", "AND", "OR",
                "NOT").contains(upper)) {
            throw new SdException(label + " '" + name + "' has the name of a built-in function, a keyword or TIME/DT",
                    id);
        }
    }

    private void addLookup(LookupTable table) throws SdException {
        String name = table.getName();
        if (name == null || name.isBlank()) {
            throw new SdException("lookup table '" + table.getId() + "' has no name", table.getId());
        }
        checkUnique(name, "lookup table", table.getId());
        List<Double> xs = table.getXValues();
        List<Double> ys = table.getYValues();
        if (xs.isEmpty() || xs.size() != ys.size()) {
            throw new SdException("lookup table '" + name + "' needs as many y values as x values and at least one"
                    + " point (it has " + xs.size() + " x and " + ys.size() + " y values)", table.getId());
        }
        double[] x = new double[xs.size()];
        double[] y = new double[ys.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xs.get(i);
            y[i] = ys.get(i);
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new SdException("lookup table '" + name + "': point " + (i + 1) + " is not finite", table.getId());
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new SdException("lookup table '" + name + "': x values must ascend strictly, but point " + (i + 1)
                        + " has x = " + x[i] + " after x = " + x[i - 1], table.getId());
            }
        }
        lookups.put(name, new Lookup(name, x, y, table.getInterpolation() == LookupInterpolation.STEP));
        lookupElements.put(name, table);
    }

    private void parse(Variable v, String field, String text, Map<Integer, Expr> into, Map<Integer, Source> sources)
            throws SdException {
        if (text == null || text.isBlank()) {
            throw new SdException(v.describe() + " has no " + field, v.id());
        }
        Source source = new Source(v, field, text);
        try {
            into.put(v.slot(), EquationParser.parse(text));
        } catch (EquationSyntaxException e) {
            throw new SdException(source.where(e.column()) + ": " + e.getMessage(), v.id());
        }
        sources.put(v.slot(), source);
    }

    /** The slots an expression reads; checks names, lookups and arities on the way. */
    private Set<Integer> references(Expr expr, Source source) throws SdException {
        Set<Integer> refs = new LinkedHashSet<>();
        collect(expr, source, refs);
        return refs;
    }

    private void collect(Expr expr, Source source, Set<Integer> refs) throws SdException {
        if (expr instanceof Expr.Name name) {
            Variable v = byName.get(name.name());
            if (v == null) {
                if (lookups.containsKey(name.name())) {
                    throw new SdException(source.where(name.column()) + ": lookup table '" + name.name()
                            + "' is a function; call it with its input, e.g. " + name.name() + "(x)",
                            source.variable().id());
                }
                throw new SdException(source.where(name.column()) + ": unknown name '" + name.name()
                        + "' (no stock, flow, auxiliary, parameter or delay of system dynamics model '"
                        + model.getName() + "' has this name)", source.variable().id());
            }
            refs.add(v.slot());
        } else if (expr instanceof Expr.Unary unary) {
            collect(unary.operand(), source, refs);
        } else if (expr instanceof Expr.Binary binary) {
            collect(binary.left(), source, refs);
            collect(binary.right(), source, refs);
        } else if (expr instanceof Expr.If ifExpr) {
            collect(ifExpr.condition(), source, refs);
            collect(ifExpr.then(), source, refs);
            collect(ifExpr.otherwise(), source, refs);
        } else if (expr instanceof Expr.Call call) {
            Functions.Arity arity = Functions.ARITY.get(call.function());
            int count = call.arguments().size();
            if (arity == null) {
                if (!lookups.containsKey(call.function())) {
                    throw new SdException(source.where(call.column()) + ": unknown function '" + call.function()
                            + "' (neither a built-in function nor a lookup table of the model)",
                            source.variable().id());
                }
                if (count != 1) {
                    throw new SdException(source.where(call.column()) + ": lookup table '" + call.function()
                            + "' takes 1 argument, not " + count, source.variable().id());
                }
            } else if (count < arity.min() || (arity.max() >= 0 && count > arity.max())) {
                String expected = arity.max() < 0 ? "at least " + arity.min()
                        : arity.min() == arity.max() ? String.valueOf(arity.min()) : arity.min() + " or " + arity.max();
                throw new SdException(source.where(call.column()) + ": " + call.function() + " takes " + expected
                        + " arguments, not " + count, source.variable().id());
            }
            for (Expr argument : call.arguments()) {
                collect(argument, source, refs);
            }
        }
    }

    /** Topological order of the nodes by their dependencies (dependencies first); refuses cycles. */
    private int[] order(List<Integer> nodes, List<Set<Integer>> deps, String what) throws SdException {
        Set<Integer> nodeSet = new LinkedHashSet<>(nodes);
        int[] state = new int[variables.size()]; // 0 new, 1 on stack, 2 done
        List<Integer> order = new ArrayList<>();
        for (int start : nodes) {
            if (state[start] != 0) {
                continue;
            }
            // iterative depth-first search keeping the path, so a cycle can be named
            Deque<int[]> stack = new ArrayDeque<>();
            Deque<Integer> path = new ArrayDeque<>();
            stack.push(new int[] { start, 0 });
            state[start] = 1;
            path.addLast(start);
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> next = deps.get(top[0]).stream().filter(nodeSet::contains).toList();
                if (top[1] < next.size()) {
                    int dep = next.get(top[1]++);
                    if (state[dep] == 1) {
                        List<Integer> cycle = new ArrayList<>();
                        boolean inCycle = false;
                        for (int p : path) {
                            inCycle |= p == dep;
                            if (inCycle) {
                                cycle.add(p);
                            }
                        }
                        cycle.add(dep);
                        throw new SdException(what + ": " + describeCycle(cycle), variables.get(dep).id());
                    }
                    if (state[dep] == 0) {
                        state[dep] = 1;
                        stack.push(new int[] { dep, 0 });
                        path.addLast(dep);
                    }
                } else {
                    stack.pop();
                    path.removeLast();
                    state[top[0]] = 2;
                    order.add(top[0]);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private String describeCycle(List<Integer> cycle) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            if (i > 0) {
                text.append(" uses ");
            }
            text.append(variables.get(cycle.get(i)).describe());
        }
        return text.toString();
    }

    private Ev compile(Expr expr) {
        if (expr instanceof Expr.Num num) {
            double value = num.value();
            return frame -> value;
        }
        if (expr instanceof Expr.Clock clock) {
            return clock.timeStep() ? frame -> frame.dt : frame -> frame.time;
        }
        if (expr instanceof Expr.Name name) {
            int slot = byName.get(name.name()).slot();
            return frame -> frame.values[slot];
        }
        if (expr instanceof Expr.Unary unary) {
            Ev operand = compile(unary.operand());
            return unary.op() == Expr.Op.NEGATE ? frame -> -operand.eval(frame)
                    : frame -> operand.eval(frame) != 0.0 ? 0.0 : 1.0;
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(binary.op(), compile(binary.left()), compile(binary.right()));
        }
        if (expr instanceof Expr.If ifExpr) {
            Ev c = compile(ifExpr.condition());
            Ev a = compile(ifExpr.then());
            Ev b = compile(ifExpr.otherwise());
            return frame -> c.eval(frame) != 0.0 ? a.eval(frame) : b.eval(frame);
        }
        return call((Expr.Call) expr);
    }

    private static Ev binary(Expr.Op op, Ev l, Ev r) {
        return switch (op) {
            case ADD -> f -> l.eval(f) + r.eval(f);
            case SUBTRACT -> f -> l.eval(f) - r.eval(f);
            case MULTIPLY -> f -> l.eval(f) * r.eval(f);
            case DIVIDE -> f -> l.eval(f) / r.eval(f);
            case POWER -> f -> Math.pow(l.eval(f), r.eval(f));
            case EQ -> f -> l.eval(f) == r.eval(f) ? 1.0 : 0.0;
            case NE -> f -> l.eval(f) != r.eval(f) ? 1.0 : 0.0;
            case LT -> f -> l.eval(f) < r.eval(f) ? 1.0 : 0.0;
            case LE -> f -> l.eval(f) <= r.eval(f) ? 1.0 : 0.0;
            case GT -> f -> l.eval(f) > r.eval(f) ? 1.0 : 0.0;
            case GE -> f -> l.eval(f) >= r.eval(f) ? 1.0 : 0.0;
            case AND -> f -> l.eval(f) != 0.0 && r.eval(f) != 0.0 ? 1.0 : 0.0;
            case OR -> f -> l.eval(f) != 0.0 || r.eval(f) != 0.0 ? 1.0 : 0.0;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private Ev call(Expr.Call call) {
        List<Ev> args = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            args.add(compile(argument));
        }
        Ev a = args.get(0);
        Ev b = args.size() > 1 ? args.get(1) : null;
        Ev c = args.size() > 2 ? args.get(2) : null;
        return switch (call.function()) {
            case "MIN" -> f -> {
                double m = a.eval(f);
                for (int i = 1; i < args.size(); i++) {
                    m = Math.min(m, args.get(i).eval(f));
                }
                return m;
            };
            case "MAX" -> f -> {
                double m = a.eval(f);
                for (int i = 1; i < args.size(); i++) {
                    m = Math.max(m, args.get(i).eval(f));
                }
                return m;
            };
            case "ABS" -> f -> Math.abs(a.eval(f));
            case "EXP" -> f -> Math.exp(a.eval(f));
            case "LN" -> f -> Math.log(a.eval(f));
            case "SQRT" -> f -> Math.sqrt(a.eval(f));
            case "STEP" -> f -> Functions.step(f.time, a.eval(f), b.eval(f));
            case "RAMP" -> c == null ? f -> Functions.ramp(f.time, a.eval(f), b.eval(f), Double.NaN)
                    : f -> Functions.ramp(f.time, a.eval(f), b.eval(f), c.eval(f));
            case "PULSE" -> f -> Functions.pulse(f.time, f.dt, a.eval(f), b.eval(f));
            default -> {
                Lookup lookup = lookups.get(call.function());
                yield f -> lookup.at(a.eval(f));
            }
        };
    }
}
