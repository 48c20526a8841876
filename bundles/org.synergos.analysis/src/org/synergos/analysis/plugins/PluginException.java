package org.synergos.analysis.plugins;

/** A plugin change that was refused; the plugins folder is unchanged. */
public final class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
