package org.synergos.analysis.api;

import java.util.List;
import java.util.Objects;

/**
 * One engine parameter.
 *
 * @param key identifier used in model files and on the command line ({@code --param key=value})
 * @param label short human-readable label
 * @param description what it changes
 * @param type value type
 * @param defaultValue default as text (parsed like user input), never null
 * @param choices allowed values for {@link ParameterType#CHOICE}, empty otherwise
 * @param minimum inclusive lower bound for numbers, {@code Double.NEGATIVE_INFINITY} when none
 * @param maximum inclusive upper bound for numbers, {@code Double.POSITIVE_INFINITY} when none
 */
public record ParameterDescriptor(String key, String label, String description, ParameterType type,
        String defaultValue, List<String> choices, double minimum, double maximum) {

    public ParameterDescriptor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        label = label == null ? key : label;
        description = description == null ? "" : description;
        choices = List.copyOf(choices);
        if (type == ParameterType.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException("default '" + defaultValue + "' of " + key + " is not a choice");
        }
    }

    public static ParameterDescriptor integer(String key, String label, String description, long defaultValue,
            long minimum, long maximum) {
        return new ParameterDescriptor(key, label, description, ParameterType.INTEGER, Long.toString(defaultValue),
                List.of(), minimum, maximum);
    }

    public static ParameterDescriptor decimal(String key, String label, String description, double defaultValue,
            double minimum, double maximum) {
        return new ParameterDescriptor(key, label, description, ParameterType.DECIMAL, Double.toString(defaultValue),
                List.of(), minimum, maximum);
    }

    public static ParameterDescriptor flag(String key, String label, String description, boolean defaultValue) {
        return new ParameterDescriptor(key, label, description, ParameterType.BOOLEAN, Boolean.toString(defaultValue),
                List.of(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    public static ParameterDescriptor choice(String key, String label, String description, String defaultValue,
            String... choices) {
        return new ParameterDescriptor(key, label, description, ParameterType.CHOICE, defaultValue, List.of(choices),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    public static ParameterDescriptor text(String key, String label, String description, String defaultValue) {
        return new ParameterDescriptor(key, label, description, ParameterType.TEXT, defaultValue, List.of(),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
}
