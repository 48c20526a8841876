package org.synergos.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.EngineInfo;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.analysis.api.UnavailablePlugin;
import org.synergos.analysis.internal.containment.PluginBundles;
import org.synergos.data.Dataset;
import org.synergos.data.matrix.MatrixData;

/**
 * Tracks every {@link AnalysisEngine} service as it comes and goes (dynamic, greedy reference), so
 * engines from bundles installed at run time appear at once. A misbehaving engine (whose descriptor
 * throws) is left out and logged rather than breaking the listing of the others.
 */
@Component(service = { EngineRegistry.class, ServiceEngineRegistry.class })
public final class ServiceEngineRegistry implements EngineRegistry {

    private final Map<String, Registered> engines = new ConcurrentHashMap<>();
    private volatile BundleContext context;

    /** An engine and what its registration says about it. */
    record Registered(AnalysisEngine engine, EngineInfo info, boolean summaryData) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    void addEngine(AnalysisEngine engine, Map<String, Object> properties) {
        boolean summaryData = Boolean.TRUE.equals(properties.get(AnalysisEngine.SUMMARY_DATA))
                || "true".equals(properties.get(AnalysisEngine.SUMMARY_DATA));
        describe(engine).ifPresent(info -> engines.put(info.id(), new Registered(engine, info, summaryData)));
    }

    void removeEngine(AnalysisEngine engine) {
        engines.values().removeIf(registered -> registered.engine() == engine);
    }

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public List<UnavailablePlugin> unavailablePlugins() {
        BundleContext bundles = context;
        return bundles == null ? List.of() : PluginBundles.unavailable(bundles);
    }

    /** Adds an engine outside OSGi (tests, embedding). */
    public void register(AnalysisEngine engine) {
        addEngine(engine, Map.of());
    }

    /** Adds an engine outside OSGi with service properties (e.g. {@link AnalysisEngine#SUMMARY_DATA}). */
    public void register(AnalysisEngine engine, Map<String, Object> properties) {
        addEngine(engine, properties);
    }

    @Override
    public List<EngineInfo> engines() {
        List<EngineInfo> infos = new ArrayList<>();
        engines.values().forEach(registered -> infos.add(registered.info()));
        infos.sort(Comparator.comparing(EngineInfo::id));
        return infos;
    }

    @Override
    public Optional<EngineInfo> engine(String engineId) {
        return Optional.ofNullable(engines.get(engineId)).map(Registered::info);
    }

    Optional<AnalysisEngine> instance(String engineId) {
        return Optional.ofNullable(engines.get(engineId)).map(Registered::engine);
    }

    @Override
    public Applicability applicability(String engineId, AnalysisInput input) {
        Registered registered = engines.get(engineId);
        if (registered == null) {
            return Applicability.notApplicable("no engine '" + engineId + "' is installed");
        }
        Optional<Dataset> data = input.data();
        if (data.isPresent() && !registered.summaryData() && MatrixData.isMatrixData(data.get())) {
            // its rows are statistics, not cases: an engine that reads cases would compute nonsense from them
            return Applicability.notApplicable(data.get().describe() + " holds summary statistics (a covariance or"
                    + " correlation matrix), not cases; engine '" + engineId + "' needs the raw"
                    + " data (engines that estimate from a matrix: " + String.join(", ", summaryDataEngines()) + ")");
        }
        Optional<AnalysisEngine> engine = Optional.of(registered.engine());
        try {
            return engine.get().applicability(input);
        } catch (RuntimeException | LinkageError e) {
            return Applicability.notApplicable("engine '" + engineId + "' failed its applicability check: " + e);
        }
    }

    private List<String> summaryDataEngines() {
        List<String> ids = new ArrayList<>();
        engines.values().stream().filter(Registered::summaryData).forEach(r -> ids.add(r.info().id()));
        ids.sort(null);
        return ids.isEmpty() ? List.of("none installed") : ids;
    }

    private static Optional<EngineInfo> describe(AnalysisEngine engine) {
        try {
            EngineDescriptor descriptor = engine.descriptor();
            Bundle bundle = FrameworkUtil.getBundle(engine.getClass());
            String name = bundle == null ? "(classpath)" : bundle.getSymbolicName();
            String version = bundle == null ? descriptor.version() : bundle.getVersion().toString();
            return Optional.of(new EngineInfo(descriptor, name, version));
        } catch (RuntimeException | LinkageError e) {
            System.err.println("synergos: ignoring engine " + engine.getClass().getName() + ": " + e);
            return Optional.empty();
        }
    }
}
