package org.synergos.analysis.internal.containment;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.weaving.WeavingException;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;

/**
 * Weaves the classes of plugin bundles (every bundle installed after the runtime's own, i.e. those from
 * {@code plugins/}) with {@link GuardedBytecode}, and lets them link to the guard's package.
 */
final class PluginWeaver implements WeavingHook {

    @Override
    public void weave(WovenClass woven) {
        Bundle bundle = woven.getBundleWiring().getBundle();
        if (!PluginBundles.isPlugin(bundle)) {
            return;
        }
        Optional<byte[]> guarded;
        try {
            guarded = GuardedBytecode.of(woven.getBytes());
        } catch (RuntimeException e) {
            // a class the weaver cannot read would run unguarded: refuse to define it instead
            throw new WeavingException("cannot guard " + woven.getClassName() + " of plugin "
                    + bundle.getSymbolicName() + ": " + e, e);
        }
        guarded.ifPresent(bytes -> {
            woven.setBytes(bytes);
            woven.getDynamicImports().add(GuardedBytecode.GUARD_PACKAGE);
        });
    }
}
