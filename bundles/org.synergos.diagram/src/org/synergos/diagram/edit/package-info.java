/**
 * Generic diagram operations (create node/edge by tool, delete, label edit, reconnect) as undoable EMF
 * commands: {@link org.synergos.diagram.edit.DiagramEditor}. Package version 0.1.0.
 */
package org.synergos.diagram.edit;
