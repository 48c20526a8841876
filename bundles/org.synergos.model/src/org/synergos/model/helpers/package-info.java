/**
 * Behaviour of model elements kept out of generated code (Capella-style helpers): id assignment,
 * element creation, look-ups and readable labels.
 */
package org.synergos.model.helpers;
