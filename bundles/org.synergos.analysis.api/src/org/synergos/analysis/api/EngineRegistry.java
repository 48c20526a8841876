package org.synergos.analysis.api;

import java.util.List;
import java.util.Optional;

/**
 * The engines installed right now. Engines come and go with their bundles (a plugin dropped into
 * {@code plugins/} appears without a restart), so callers ask each time rather than caching.
 */
public interface EngineRegistry {

    /** Installed engines sorted by id. */
    List<EngineInfo> engines();

    Optional<EngineInfo> engine(String engineId);

    /** Whether the engine could run on the input, or why not; unknown engines are not applicable. */
    Applicability applicability(String engineId, AnalysisInput input);

    /**
     * Plugin bundles that are installed but cannot resolve or start, each with what it lacks, so that a
     * plugin is never silently absent.
     */
    default List<UnavailablePlugin> unavailablePlugins() {
        return List.of();
    }
}
