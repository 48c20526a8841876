package org.synergos.diagram;

/** What a palette tool creates. */
public enum ToolKind {
    CREATE_NODE, CREATE_EDGE
}
