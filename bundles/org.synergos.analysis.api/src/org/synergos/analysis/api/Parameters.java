package org.synergos.analysis.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parameter values of one run, checked against the engine's {@link ParameterDescriptor}s, defaults
 * filled in. Created by {@link #resolve}; unknown keys and invalid values are refused with a message
 * naming the parameter and what is allowed.
 */
public final class Parameters {

    private final Map<String, String> values;

    private Parameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Checks user-supplied values and adds defaults for the rest. */
    public static Parameters resolve(EngineDescriptor engine, Map<String, String> supplied) {
        Map<String, String> resolved = new TreeMap<>();
        for (ParameterDescriptor parameter : engine.parameters()) {
            resolved.put(parameter.key(), parameter.defaultValue());
        }
        for (Map.Entry<String, String> entry : supplied.entrySet()) {
            ParameterDescriptor parameter = engine.parameter(entry.getKey()).orElseThrow(
                    () -> new IllegalArgumentException("engine '" + engine.id() + "' has no parameter '"
                            + entry.getKey() + "' (parameters: " + keys(engine) + ")"));
            resolved.put(parameter.key(), ParameterValues.check(parameter, entry.getValue()));
        }
        return new Parameters(resolved);
    }

    /** Values exactly as given (for engines called without a descriptor, e.g. in tests). */
    public static Parameters of(Map<String, String> values) {
        return new Parameters(new TreeMap<>(values));
    }

    private static String keys(EngineDescriptor engine) {
        return String.join(", ", engine.parameters().stream().map(ParameterDescriptor::key).toList());
    }

    /** All values, sorted by key (for provenance and methods sections). */
    public Map<String, String> asMap() {
        return values;
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + key + "' is not set");
        }
        return value;
    }

    public long integer(String key) {
        return Long.parseLong(text(key).trim());
    }

    public double decimal(String key) {
        return Double.parseDouble(text(key).trim());
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(text(key).trim());
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
