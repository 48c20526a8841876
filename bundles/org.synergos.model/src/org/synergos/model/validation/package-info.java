/**
 * Validation of Synergos models: an EMF {@code EValidator} whose rules ({@link
 * org.synergos.model.validation.ValidationRule}) name the element, its line and the fix.
 */
package org.synergos.model.validation;
