package org.synergos.analysis.api;

/**
 * An analysis engine: the one extension kind through which statistics enter Synergos.
 *
 * <p>Register implementations as OSGi services (e.g. a Declarative Services {@code @Component}) with the
 * service property {@value #ENGINE_ID} equal to {@link EngineDescriptor#id()}. Implementations must be
 * thread-safe: several runs may execute at once, each with its own request.
 */
public interface AnalysisEngine {

    /** Service property carrying the engine id. */
    String ENGINE_ID = "engine.id";

    /**
     * Service property ({@code Boolean}, default false) of an engine that estimates from summary statistics:
     * a data source in matrix layout (covariances or correlations with n; {@code
     * org.synergos.data.matrix.MatrixData}) instead of cases. The runtime gives matrix data only to engines
     * registered with it set to {@code true} and refuses the others by name; such an engine reads the matrix
     * from the data set itself. Since 1.1.
     */
    String SUMMARY_DATA = "engine.summary-data";

    /** What the engine is and which parameters it accepts. */
    EngineDescriptor descriptor();

    /**
     * Whether the engine can run on this model and data; when not, the reasons say what is missing
     * (e.g. "no construct has indicators bound to data columns").
     */
    Applicability applicability(AnalysisInput input);

    /**
     * Runs the analysis. Long work reports progress to the monitor and polls
     * {@link AnalysisMonitor#isCancelled()}; problems with the user's data belong in the result's
     * messages, an {@link AnalysisException} ends the run with an error.
     */
    AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException;
}
