package org.synergos.analysis.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.synergos.analysis.api.EngineInfo;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.analysis.internal.containment.PluginBundles;
import org.synergos.analysis.plugins.InstalledPlugin;
import org.synergos.analysis.plugins.PluginException;
import org.synergos.analysis.plugins.PluginManager;

/**
 * Manages the folder File Install watches ({@code felix.fileinstall.dir}). Before a bundle is copied in,
 * it is installed beside the running platform under a probe location and resolved there, together with
 * the other bundles of the same install; only if all resolve are they copied (atomically, one rename
 * each), so a plugin that would be silently absent is refused with what it lacks.
 */
@Component(service = PluginManager.class)
public final class FolderPluginManager implements PluginManager {

    private static final String PROBE = "synergos-probe:";

    @Reference
    private EngineRegistry registry;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public Path folder() {
        String folder = context.getProperty("felix.fileinstall.dir");
        if (folder == null || folder.isBlank()) {
            throw new IllegalStateException("this runtime watches no plugins folder (felix.fileinstall.dir is not set)");
        }
        return Path.of(folder).toAbsolutePath().normalize();
    }

    @Override
    public List<InstalledPlugin> list() {
        List<InstalledPlugin> plugins = new ArrayList<>();
        FrameworkWiring wiring = wiring();
        for (Path file : jarsIn(folder())) {
            try {
                plugins.add(describe(PluginJar.read(file), wiring));
            } catch (PluginException e) {
                plugins.add(new InstalledPlugin("?", "?", file, "INVALID", List.of(), List.of(e.getMessage()), null));
            }
        }
        return plugins;
    }

    @Override
    public synchronized List<InstalledPlugin> install(Path source) throws PluginException {
        List<PluginJar> jars = new ArrayList<>();
        for (Path file : bundlesOf(source)) {
            jars.add(PluginJar.read(file));
        }
        checkNotCore(jars);
        probe(jars);
        Path folder = folder();
        PluginSources sources = new PluginSources(folder);
        List<InstalledPlugin> installed = new ArrayList<>();
        for (PluginJar jar : jars) {
            Path target = folder.resolve(jar.folderFileName());
            try {
                Path temporary = Files.createTempFile(folder, ".synergos-", ".part");
                try {
                    Files.copy(jar.file(), temporary, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
                for (Path other : jarsIn(folder)) { // an older version of the same bundle is replaced
                    if (!other.equals(target) && sameBundle(other, jar)) {
                        Files.deleteIfExists(other);
                    }
                }
            } catch (IOException e) {
                throw new PluginException("cannot copy " + jar.file() + " into " + folder + ": " + e.getMessage(), e);
            }
            sources.put(jar.symbolicName(), source);
            installed.add(new InstalledPlugin(jar.symbolicName(), jar.version().toString(), target, "PENDING",
                    List.of(), List.of(), source.toString()));
        }
        return installed;
    }

    @Override
    public synchronized InstalledPlugin remove(String engineOrBundle) throws PluginException {
        InstalledPlugin plugin = find(engineOrBundle);
        try {
            Files.deleteIfExists(plugin.file());
        } catch (IOException e) {
            throw new PluginException("cannot remove " + plugin.file() + ": " + e.getMessage(), e);
        }
        new PluginSources(folder()).remove(plugin.symbolicName());
        return plugin;
    }

    @Override
    public synchronized List<InstalledPlugin> update(Optional<String> engineOrBundle) throws PluginException {
        List<InstalledPlugin> targets = engineOrBundle.isPresent() ? List.of(find(engineOrBundle.get())) : list();
        PluginSources sources = new PluginSources(folder());
        List<InstalledPlugin> updated = new ArrayList<>();
        for (InstalledPlugin plugin : targets) {
            Optional<String> source = sources.of(plugin.symbolicName());
            if (source.isEmpty()) {
                if (engineOrBundle.isPresent()) {
                    throw new PluginException(plugin.symbolicName() + " was copied into " + folder()
                            + " by hand: there is no source to update it from; install the new version instead");
                }
                continue;
            }
            Path from = Path.of(source.get());
            if (!Files.exists(from)) {
                throw new PluginException(plugin.symbolicName() + " was installed from " + from + ", which no longer exists");
            }
            for (Path file : bundlesOf(from)) {
                PluginJar candidate = PluginJar.read(file);
                if (candidate.symbolicName().equals(plugin.symbolicName())
                        && candidate.version().compareTo(org.osgi.framework.Version.parseVersion(plugin.version())) > 0) {
                    updated.addAll(install(file));
                    sources.put(plugin.symbolicName(), from); // keep the folder or repository as the source
                }
            }
        }
        return updated;
    }

    private InstalledPlugin find(String engineOrBundle) throws PluginException {
        for (InstalledPlugin plugin : list()) {
            if (plugin.symbolicName().equals(engineOrBundle) || plugin.engines().contains(engineOrBundle)) {
                return plugin;
            }
        }
        Optional<EngineInfo> engine = registry.engine(engineOrBundle);
        if (engine.isPresent()) {
            throw new PluginException("engine '" + engineOrBundle + "' is part of the distribution (bundle "
                    + engine.get().bundleSymbolicName() + "), not a plugin");
        }
        throw new PluginException("no plugin provides '" + engineOrBundle + "' (see 'synergos plugins list')");
    }

    private InstalledPlugin describe(PluginJar jar, FrameworkWiring wiring) {
        Bundle bundle = installedPlugin(jar).orElse(null);
        List<String> engines = registry.engines().stream()
                .filter(e -> e.bundleSymbolicName().equals(jar.symbolicName())).map(EngineInfo::id).toList();
        if (bundle != null && bundle.getState() == Bundle.INSTALLED) {
            wiring.resolveBundles(List.of(bundle)); // not resolved yet, or unable to: find out
        }
        String state = bundle == null ? "PENDING" : stateName(bundle.getState());
        List<String> problems = bundle != null && bundle.getState() == Bundle.INSTALLED
                ? PluginBundles.problems(bundle, wiring) : List.of();
        return new InstalledPlugin(jar.symbolicName(), jar.version().toString(), jar.file(), state, engines, problems,
                new PluginSources(jar.file().getParent()).of(jar.symbolicName()).orElse(null));
    }

    /** Installs the bundles under probe locations, resolves them together, always uninstalls them. */
    private void probe(List<PluginJar> jars) throws PluginException {
        List<Bundle> probes = new ArrayList<>();
        Map<PluginJar, List<String>> problems = new LinkedHashMap<>();
        FrameworkWiring wiring = wiring();
        try {
            Map<PluginJar, Bundle> resolving = new LinkedHashMap<>();
            for (PluginJar jar : jars) {
                Optional<Bundle> same = installedPlugin(jar);
                if (same.isPresent()) { // the same version is in the folder already: its state answers
                    resolving.put(jar, same.get());
                    continue;
                }
                try (InputStream in = Files.newInputStream(jar.file())) {
                    Bundle probe = context.installBundle(PROBE + jar.file().toUri(), in);
                    probes.add(probe);
                    resolving.put(jar, probe);
                } catch (BundleException | IOException e) {
                    problems.put(jar, List.of("cannot be installed: " + e.getMessage()));
                }
            }
            wiring.resolveBundles(resolving.values());
            resolving.forEach((jar, bundle) -> {
                if (bundle.getState() == Bundle.INSTALLED) {
                    problems.put(jar, PluginBundles.missingRequirements(bundle, wiring));
                }
            });
        } finally {
            for (Bundle probe : probes) {
                try {
                    probe.uninstall();
                } catch (BundleException | IllegalStateException e) {
                    // already gone
                }
            }
            wiring.refreshBundles(probes);
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("nothing installed: ");
            problems.forEach((jar, lacks) -> message.append(jar.symbolicName()).append(' ').append(jar.version())
                    .append(" (").append(jar.file().getFileName()).append(") cannot resolve: ")
                    .append(lacks.isEmpty() ? "a uses conflict or a dependency that cannot resolve" : String.join("; ", lacks))
                    .append(". "));
            throw new PluginException(message.toString().trim());
        }
    }

    private Optional<Bundle> installedPlugin(PluginJar jar) {
        return Arrays.stream(context.getBundles())
                .filter(b -> PluginBundles.isPlugin(b) && !b.getLocation().startsWith(PROBE)
                        && jar.symbolicName().equals(b.getSymbolicName()) && jar.version().equals(b.getVersion()))
                .findFirst();
    }

    private void checkNotCore(List<PluginJar> jars) throws PluginException {
        for (PluginJar jar : jars) {
            for (Bundle bundle : context.getBundles()) {
                if (!PluginBundles.isPlugin(bundle) && jar.symbolicName().equals(bundle.getSymbolicName())) {
                    throw new PluginException(jar.symbolicName() + " (" + jar.file().getFileName()
                            + ") is part of the distribution; it cannot be installed as a plugin");
                }
            }
        }
    }

    /** A JAR, the JARs of a folder, or the bundles of a local p2 repository that the platform lacks. */
    private List<Path> bundlesOf(Path source) throws PluginException {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new PluginException(source + " does not exist");
        }
        boolean p2 = Files.exists(source.resolve("artifacts.xml")) || Files.exists(source.resolve("artifacts.jar"));
        List<Path> jars = new ArrayList<>(jarsIn(p2 ? source.resolve("plugins") : source));
        if (p2) {
            jars.removeIf(this::providedByPlatform);
        }
        if (jars.isEmpty()) {
            throw new PluginException(source + (p2 ? " is a p2 repository with no bundle the platform lacks"
                    : " holds no .jar file"));
        }
        return jars;
    }

    private boolean providedByPlatform(Path jar) {
        try {
            PluginJar bundle = PluginJar.read(jar);
            return Arrays.stream(context.getBundles())
                    .anyMatch(b -> !PluginBundles.isPlugin(b) && bundle.symbolicName().equals(b.getSymbolicName()));
        } catch (PluginException e) {
            return false;
        }
    }

    private static boolean sameBundle(Path file, PluginJar jar) {
        try {
            return PluginJar.read(file).symbolicName().equals(jar.symbolicName());
        } catch (PluginException e) {
            return false;
        }
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")
                    && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private FrameworkWiring wiring() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }

    private static String stateName(int state) {
        return switch (state) {
        case Bundle.ACTIVE -> "ACTIVE";
        case Bundle.RESOLVED -> "RESOLVED";
        case Bundle.STARTING -> "STARTING";
        case Bundle.STOPPING -> "STOPPING";
        case Bundle.INSTALLED -> "INSTALLED";
        default -> "UNINSTALLED";
        };
    }
}
