/**
 * Who may talk to the workbench's servers: one rule, free of servlet and Jetty types, applied by the HTTP
 * filter of the workbench page and ahead of the diagram server's WebSocket upgrade.
 */
package org.synergos.workbench.access;
