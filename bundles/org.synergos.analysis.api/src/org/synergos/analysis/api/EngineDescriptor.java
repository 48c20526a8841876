package org.synergos.analysis.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identity and parameters of an engine.
 *
 * @param id stable identifier, e.g. {@code "descriptive"} or {@code "pls-sem"}; lower case, digits, '-' and '.'
 * @param name human-readable name
 * @param version version of the algorithm implementation (usually the bundle version)
 * @param description one paragraph for users: what it computes and from what
 * @param parameters accepted parameters, with defaults
 */
public record EngineDescriptor(String id, String name, String version, String description,
        List<ParameterDescriptor> parameters) {

    public EngineDescriptor {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("engine id '" + id + "' must use lower-case letters, digits, '.', '-'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        description = description == null ? "" : description;
        parameters = List.copyOf(parameters);
    }

    public Optional<ParameterDescriptor> parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
