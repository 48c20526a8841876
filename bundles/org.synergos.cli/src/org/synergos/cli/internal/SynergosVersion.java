package org.synergos.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of the installed command-line bundle. */
final class SynergosVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Bundle bundle = FrameworkUtil.getBundle(SynergosVersion.class);
        String version = bundle == null ? "development" : bundle.getVersion().toString();
        return new String[] { "Synergos " + version, "Java " + System.getProperty("java.version") };
    }
}
