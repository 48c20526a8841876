package org.synergos.model.io;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/** Finds where an element was loaded from, when it came from a {@link SynergosResource}. */
public final class SourceLocations {

    private SourceLocations() {
    }

    public static Optional<SourceLocation> of(EObject object) {
        if (object != null && object.eResource() instanceof SynergosResource resource) {
            return resource.locationOf(object);
        }
        return Optional.empty();
    }
}
