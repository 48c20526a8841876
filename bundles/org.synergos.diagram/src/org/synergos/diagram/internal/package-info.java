/** Implementation details (label expressions, feature paths, text metrics, description checks); not exported. */
package org.synergos.diagram.internal;
