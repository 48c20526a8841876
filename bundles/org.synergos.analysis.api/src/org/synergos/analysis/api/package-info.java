/**
 * The analysis-engine API: how engines plug into Synergos and what they return.
 *
 * <p>An engine is an OSGi service implementing {@link org.synergos.analysis.api.AnalysisEngine},
 * registered with service property {@code engine.id}. Callers (command line, workbench, reports) never
 * call engines directly: they use {@link org.synergos.analysis.api.EngineRegistry} to list engines and
 * {@link org.synergos.analysis.api.AnalysisExecutor} to run them, which isolates failures, enforces time
 * limits and supports cancellation. Results are plain immutable data ({@link
 * org.synergos.analysis.api.AnalysisResult}) that serialise to JSON.
 *
 * <p>Semantically versioned: adding a method with a default is a minor change; anything else is major.
 */
package org.synergos.analysis.api;
