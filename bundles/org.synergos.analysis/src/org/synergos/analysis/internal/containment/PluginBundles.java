package org.synergos.analysis.internal.containment;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.synergos.analysis.api.UnavailablePlugin;

/**
 * Which bundles are plugins (installed after the runtime's own, see {@link ContainmentActivator}) and which
 * of them cannot run, with the requirements nothing installed provides.
 */
public final class PluginBundles {

    private static volatile long lastCoreBundleId = Long.MAX_VALUE;

    private PluginBundles() {
    }

    static void coreBundlesEndAt(long bundleId) {
        lastCoreBundleId = bundleId;
    }

    public static boolean isPlugin(Bundle bundle) {
        return bundle.getBundleId() > lastCoreBundleId;
    }

    /** Resolves what can be resolved first, so that only plugins that truly cannot run are reported. */
    public static List<UnavailablePlugin> unavailable(BundleContext context) {
        List<Bundle> unresolved = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            // probes are bundles the plugin manager resolves before it installs them
            if (isPlugin(bundle) && bundle.getState() == Bundle.INSTALLED
                    && !bundle.getLocation().startsWith("synergos-probe:")) {
                unresolved.add(bundle);
            }
        }
        if (unresolved.isEmpty()) {
            return List.of();
        }
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        wiring.resolveBundles(unresolved);
        List<UnavailablePlugin> unavailable = new ArrayList<>();
        for (Bundle bundle : unresolved) {
            if (bundle.getState() == Bundle.INSTALLED) {
                unavailable.add(new UnavailablePlugin(String.valueOf(bundle.getSymbolicName()),
                        bundle.getVersion().toString(), bundle.getLocation(), problems(bundle, wiring)));
            }
        }
        return unavailable;
    }

    /**
     * Why an installed bundle does not resolve: each requirement nothing installed provides, or, when every
     * requirement has a provider, that the providers conflict. Nothing is started.
     */
    public static List<String> problems(Bundle bundle, FrameworkWiring wiring) {
        List<String> problems = new ArrayList<>(missingRequirements(bundle, wiring));
        if (problems.isEmpty()) {
            problems.add("cannot resolve: its dependencies conflict (uses constraints) or cannot resolve themselves");
        }
        return problems;
    }

    /** Each mandatory requirement of the bundle that nothing installed provides. */
    public static List<String> missingRequirements(Bundle bundle, FrameworkWiring wiring) {
        List<String> problems = new ArrayList<>();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null) {
            for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
                String resolution = requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE);
                if (Constants.RESOLUTION_OPTIONAL.equals(resolution) || "dynamic".equals(resolution)) {
                    continue;
                }
                if (wiring.findProviders(requirement).isEmpty()) {
                    problems.add("missing " + RequirementText.of(requirement));
                }
            }
        }
        return problems;
    }
}
