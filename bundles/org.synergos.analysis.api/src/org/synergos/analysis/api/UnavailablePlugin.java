package org.synergos.analysis.api;

import java.util.List;

/**
 * A plugin bundle that is installed but cannot run, with the reason: its requirements that nothing
 * installed provides (say a package it imports), or why it could not start.
 *
 * @param location where it was installed from (its file in {@code plugins/})
 * @param problems one line per missing requirement or failure
 */
public record UnavailablePlugin(String symbolicName, String version, String location, List<String> problems) {

    public UnavailablePlugin {
        problems = List.copyOf(problems);
    }
}
