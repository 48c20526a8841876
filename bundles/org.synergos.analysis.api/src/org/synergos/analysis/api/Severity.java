package org.synergos.analysis.api;

/** Severity of a {@link Message}. */
public enum Severity {
    INFO, WARNING, ERROR
}
