package org.synergos.diagram.edit;

import org.eclipse.emf.ecore.EObject;

/**
 * An operation ready to run (its command, and the element whose id is reported afterwards) or refused.
 *
 * @param resultId fixed result id for edits whose id is known beforehand (relation edges)
 */
record Prepared(ModelChangeCommand command, EObject subject, String resultId, String refusal) {

    static Prepared of(EObject subject, ModelChangeCommand command) {
        return new Prepared(command, subject, null, null);
    }

    static Prepared withId(String resultId, ModelChangeCommand command) {
        return new Prepared(command, null, resultId, null);
    }

    static Prepared refused(String why) {
        return new Prepared(null, null, null, why);
    }
}
