package org.synergos.analysis.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Everything one run produced: typed tables, per-model-element values for diagram overlays, messages
 * and provenance (algorithm, options, seed, N used) for methods sections. Plain immutable data that
 * serialises to JSON ({@link org.synergos.analysis.api.json.ResultJson}).
 *
 * @param engineId the engine that ran
 * @param engineVersion its version
 * @param status how the run ended
 * @param tables result tables, in display order
 * @param elementValues values attached to model elements (a path's β, a construct's R², …)
 * @param messages information, warnings and errors, each naming the element concerned where there is one
 * @param provenance facts a methods paragraph needs, sorted by key
 */
public record AnalysisResult(String engineId, String engineVersion, Status status, List<ResultTable> tables,
        List<ElementValue> elementValues, List<Message> messages, Map<String, String> provenance) {

    /** How a run ended. */
    public enum Status {
        COMPLETED, FAILED, CANCELLED, TIMED_OUT
    }

    public AnalysisResult {
        Objects.requireNonNull(engineId, "engineId");
        Objects.requireNonNull(status, "status");
        engineVersion = engineVersion == null ? "" : engineVersion;
        tables = List.copyOf(tables);
        elementValues = List.copyOf(elementValues);
        messages = List.copyOf(messages);
        provenance = java.util.Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    /** A result for a run that produced nothing but an error. */
    public static AnalysisResult failure(String engineId, String engineVersion, Status status, Message error) {
        return new AnalysisResult(engineId, engineVersion, status, List.of(), List.of(), List.of(error), Map.of());
    }

    @JsonIgnore
    public boolean isCompleted() {
        return status == Status.COMPLETED;
    }

    /** True when the run completed and no error message was reported. */
    @JsonIgnore
    public boolean isSuccessful() {
        return isCompleted() && messages.stream().noneMatch(m -> m.severity() == Severity.ERROR);
    }

    public Optional<ResultTable> table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }

    /** Starts a result of a completed run. */
    public static Builder builder(EngineDescriptor engine) {
        return new Builder(engine.id(), engine.version());
    }

    /** Collects the parts of a result while an engine runs. */
    public static final class Builder {
        private final String engineId;
        private final String engineVersion;
        private final List<ResultTable> tables = new ArrayList<>();
        private final List<ElementValue> elementValues = new ArrayList<>();
        private final List<Message> messages = new ArrayList<>();
        private final Map<String, String> provenance = new TreeMap<>();

        private Builder(String engineId, String engineVersion) {
            this.engineId = engineId;
            this.engineVersion = engineVersion;
        }

        public Builder table(ResultTable table) {
            tables.add(table);
            return this;
        }

        public Builder value(ElementValue value) {
            elementValues.add(value);
            return this;
        }

        public Builder message(Message message) {
            messages.add(message);
            return this;
        }

        public Builder provenance(String key, Object value) {
            provenance.put(key, String.valueOf(value));
            return this;
        }

        public Builder provenance(Map<String, String> values) {
            provenance.putAll(values);
            return this;
        }

        public AnalysisResult build() {
            return new AnalysisResult(engineId, engineVersion, Status.COMPLETED, tables, elementValues, messages,
                    provenance);
        }
    }
}
