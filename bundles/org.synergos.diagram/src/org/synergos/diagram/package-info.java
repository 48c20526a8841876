/**
 * Declarative diagrams (Sirius-style): {@link org.synergos.diagram.DiagramDescription}s read from JSON by
 * {@link org.synergos.diagram.DiagramDescriptions}, and the one generic
 * {@link org.synergos.diagram.DiagramFactory} turning a model into a {@link org.synergos.diagram.DiagramGraph}.
 * Package version 0.1.0.
 */
package org.synergos.diagram;
