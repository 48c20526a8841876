/**
 * Persistence of Synergos models as XMI ({@code *.synergos}): safe loading with located errors,
 * atomic byte-stable saving, and workspace-confined data paths.
 */
package org.synergos.model.io;
