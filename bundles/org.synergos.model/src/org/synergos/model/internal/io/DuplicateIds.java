package org.synergos.model.internal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.io.LoadProblem;
import org.synergos.model.io.SourceLocation;
import org.synergos.model.io.SynergosResource;

/**
 * Elements that share an id. EMF resolves a reference to one of them and reports references to the id
 * the copy should have had as dangling; the duplicate is the cause, so it is reported first, naming both
 * elements and their lines.
 */
final class DuplicateIds {

    private DuplicateIds() {
    }

    static List<LoadProblem> in(Resource resource) {
        Map<String, EObject> first = new HashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            String id = EcoreUtil.getID(element);
            if (id == null) {
                continue;
            }
            EObject earlier = first.putIfAbsent(id, element);
            if (earlier != null) {
                SourceLocation at = location(resource, element);
                SourceLocation before = location(resource, earlier);
                problems.add(new LoadProblem(at.line(), at.column(), "duplicate id '" + id + "': "
                        + ElementLabels.of(element) + " has the id of " + ElementLabels.of(earlier)
                        + (before.line() > 0 ? " (line " + before.line() + ")" : "") + "; ids must be unique"));
            }
        }
        return problems;
    }

    private static SourceLocation location(Resource resource, EObject element) {
        return resource instanceof SynergosResource synergos
                ? synergos.locationOf(element).orElse(new SourceLocation(0, 0)) : new SourceLocation(0, 0);
    }
}
