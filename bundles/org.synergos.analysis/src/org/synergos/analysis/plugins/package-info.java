/**
 * Installing, listing, updating and removing plugin bundles in the distribution's {@code plugins/}
 * folder, which File Install watches: every runtime (a command, the resident runtime, the workbench)
 * picks changes up without a restart.
 */
package org.synergos.analysis.plugins;
