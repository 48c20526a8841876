package org.synergos.analysis.internal.containment;

import java.util.Arrays;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.weaving.WeavingHook;

/**
 * Registers the plugin weaver when the analysis runtime starts. The launcher installs every core bundle
 * before it starts any, and starts this bundle before File Install, which installs the plugins: so every
 * bundle with a higher id than the last one installed now is a plugin, and none of its classes has been
 * loaded yet.
 */
public final class ContainmentActivator implements BundleActivator {

    private ServiceRegistration<WeavingHook> registration;

    @Override
    public void start(BundleContext context) {
        long lastCore = Arrays.stream(context.getBundles()).mapToLong(Bundle::getBundleId).max().orElse(0);
        PluginBundles.coreBundlesEndAt(lastCore);
        registration = context.registerService(WeavingHook.class, new PluginWeaver(), null);
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
