package org.synergos.analysis.api;

/** Value type of an engine parameter. */
public enum ParameterType {
    INTEGER, DECIMAL, BOOLEAN, CHOICE, TEXT
}
