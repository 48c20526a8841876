/**
 * Automatic layout with Eclipse ELK Layered: {@link org.synergos.diagram.layout.ElkLayout} turns a diagram graph
 * into a {@link org.synergos.diagram.layout.LaidOutDiagram}. Package version 0.1.0.
 */
package org.synergos.diagram.layout;
