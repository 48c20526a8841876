package org.synergos.diagram.edit;

import org.eclipse.emf.ecore.EObject;
import org.synergos.diagram.internal.ElementText;

/** How an element is named to users (its code, label, name or id), as diagrams and messages name it. */
public final class ElementNames {

    private ElementNames() {
    }

    public static String of(EObject element) {
        return ElementText.displayName(element);
    }
}
