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

/**
 * Tracks every {@link AnalysisEngine} service as it comes and goes (dynamic, greedy reference), so
 * engines from bundles installed at run time appear at once. A misbehaving engine (whose descriptor
 * throws) is left out and logged rather than breaking the listing of the others.
 */
@Component(service = { EngineRegistry.class, ServiceEngineRegistry.class })
public final class ServiceEngineRegistry implements EngineRegistry {

    private final Map<String, Registered> engines = new ConcurrentHashMap<>();
    private volatile BundleContext context;

    record Registered(AnalysisEngine engine, EngineInfo info) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    void addEngine(AnalysisEngine engine) {
        describe(engine).ifPresent(info -> engines.put(info.id(), new Registered(engine, info)));
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
        addEngine(engine);
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
        Optional<AnalysisEngine> engine = instance(engineId);
        if (engine.isEmpty()) {
            return Applicability.notApplicable("no engine '" + engineId + "' is installed");
        }
        try {
            return engine.get().applicability(input);
        } catch (RuntimeException | LinkageError e) {
            return Applicability.notApplicable("engine '" + engineId + "' failed its applicability check: " + e);
        }
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
