package org.synergos.analysis.api;

/**
 * An installed engine as the registry knows it: its descriptor and the bundle that provides it.
 */
public record EngineInfo(EngineDescriptor descriptor, String bundleSymbolicName, String bundleVersion) {

    public String id() {
        return descriptor.id();
    }
}
