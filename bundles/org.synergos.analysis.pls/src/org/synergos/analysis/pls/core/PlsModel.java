package org.synergos.analysis.pls.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable PLS path model specification: constructs with their indicator blocks and the structural
 * paths between them. Build it with {@link #builder()}; {@link Builder#build()} validates the
 * specification (unknown or duplicate names, empty blocks, indicators used twice, self-loops, duplicate
 * paths and cycles: PLS-SEM as implemented here requires a recursive structural model) and throws
 * {@link IllegalArgumentException} naming the offending element.
 */
public final class PlsModel {

    private final List<ConstructSpec> constructs;
    private final List<StructuralPath> paths;

    private PlsModel(List<ConstructSpec> constructs, List<StructuralPath> paths) {
        this.constructs = List.copyOf(constructs);
        this.paths = List.copyOf(paths);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Constructs in specification order (the order of every result matrix). */
    public List<ConstructSpec> constructs() {
        return constructs;
    }

    /** Structural paths in specification order. */
    public List<StructuralPath> paths() {
        return paths;
    }

    public List<String> constructNames() {
        return constructs.stream().map(ConstructSpec::name).toList();
    }

    /** All indicators, block by block in construct order. */
    public List<String> indicatorNames() {
        List<String> names = new ArrayList<>();
        constructs.forEach(c -> names.addAll(c.indicators()));
        return List.copyOf(names);
    }

    public Optional<ConstructSpec> construct(String name) {
        return constructs.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A copy of this model without the given path (used for seminr's f² re-estimation). */
    public PlsModel without(StructuralPath path) {
        List<StructuralPath> kept = new ArrayList<>(paths);
        if (!kept.remove(path)) {
            throw new IllegalArgumentException("model has no path " + path);
        }
        return new PlsModel(constructs, kept);
    }

    /** A copy of this model with every construct given the measurement {@code measurement}. */
    public PlsModel withMeasurement(Measurement measurement) {
        return new PlsModel(constructs.stream()
                .map(c -> new ConstructSpec(c.name(), c.indicators(), measurement)).toList(), paths);
    }

    @Override
    public String toString() {
        return "PlsModel" + constructNames() + paths;
    }

    /** Collects constructs and paths; {@link #build()} validates them. */
    public static final class Builder {
        private final List<ConstructSpec> constructs = new ArrayList<>();
        private final List<StructuralPath> paths = new ArrayList<>();

        private Builder() {
        }

        public Builder construct(String name, Measurement measurement, List<String> indicators) {
            constructs.add(new ConstructSpec(name, indicators, measurement));
            return this;
        }

        public Builder construct(String name, Measurement measurement, String... indicators) {
            return construct(name, measurement, Arrays.asList(indicators));
        }

        public Builder path(String from, String to) {
            paths.add(new StructuralPath(from, to));
            return this;
        }

        /** Adds {@code from → to} for every target. */
        public Builder paths(String from, String... to) {
            for (String target : to) {
                path(from, target);
            }
            return this;
        }

        public PlsModel build() {
            if (constructs.isEmpty()) {
                throw new IllegalArgumentException("model has no constructs");
            }
            Map<String, ConstructSpec> byName = new LinkedHashMap<>();
            Map<String, String> indicatorOwner = new HashMap<>();
            for (ConstructSpec c : constructs) {
                if (c.name().isBlank()) {
                    throw new IllegalArgumentException("construct with a blank name");
                }
                if (byName.put(c.name(), c) != null) {
                    throw new IllegalArgumentException("construct '" + c.name() + "' is declared twice");
                }
                if (c.indicators().isEmpty()) {
                    throw new IllegalArgumentException("construct '" + c.name() + "' has no indicators");
                }
                for (String indicator : c.indicators()) {
                    String owner = indicatorOwner.put(indicator, c.name());
                    if (owner != null) {
                        throw new IllegalArgumentException("indicator '" + indicator + "' is used by construct '"
                                + owner + "' and construct '" + c.name() + "'");
                    }
                }
            }
            Set<StructuralPath> seen = new HashSet<>();
            for (StructuralPath p : paths) {
                for (String end : List.of(p.from(), p.to())) {
                    if (!byName.containsKey(end)) {
                        throw new IllegalArgumentException("path " + p + " refers to unknown construct '" + end + "'");
                    }
                }
                if (p.from().equals(p.to())) {
                    throw new IllegalArgumentException("path " + p + " is a self-loop");
                }
                if (!seen.add(p)) {
                    throw new IllegalArgumentException("path " + p + " is declared twice");
                }
            }
            rejectCycles(List.copyOf(byName.keySet()));
            return new PlsModel(constructs, paths);
        }

        private void rejectCycles(List<String> names) {
            Map<String, List<String>> successors = new HashMap<>();
            names.forEach(n -> successors.put(n, new ArrayList<>()));
            paths.forEach(p -> successors.get(p.from()).add(p.to()));
            Map<String, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
            for (String start : names) {
                List<String> stack = new ArrayList<>();
                visit(start, successors, state, stack);
            }
        }

        private void visit(String node, Map<String, List<String>> successors, Map<String, Integer> state,
                List<String> stack) {
            Integer s = state.get(node);
            if (s != null && s == 2) {
                return;
            }
            if (s != null && s == 1) {
                List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(node), stack.size()));
                cycle.add(node);
                throw new IllegalArgumentException("structural model has a cycle: " + String.join(" -> ", cycle)
                        + " (only recursive models are supported)");
            }
            state.put(node, 1);
            stack.add(node);
            for (String next : successors.get(node)) {
                visit(next, successors, state, stack);
            }
            stack.remove(stack.size() - 1);
            state.put(node, 2);
        }
    }
}
