package org.synergos.diagram.edit;

/** Which end of an edge a reconnection moves. */
public enum EdgeEnd {
    SOURCE, TARGET
}
