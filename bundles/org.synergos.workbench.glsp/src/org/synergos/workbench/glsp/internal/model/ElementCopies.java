package org.synergos.workbench.glsp.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.diagram.edit.PropertyEdit.Addition;
import org.synergos.model.Framework;
import org.synergos.model.Identified;

/**
 * Copies of model elements for pasting into a model: contained elements come along (a construct's
 * indicators), references among the copies point to the copies, references to elements left behind point to
 * the target model's element with that id or are dropped, and every copy gets a fresh id.
 */
public final class ElementCopies {

    /** What pasting adds, and which copy stands for which original id. */
    public record Pasted(List<Addition> additions, Map<String, String> newIdByOriginal, List<String> skipped) {
    }

    private ElementCopies() {
    }

    public static Pasted of(Framework source, Collection<String> ids, Framework target) {
        List<EObject> originals = new ArrayList<>();
        for (String id : ids) {
            find(source, id).ifPresent(originals::add);
        }
        // An element whose container is copied too comes along with it.
        originals.removeIf(o -> originals.stream().anyMatch(other -> other != o && EcoreUtil.isAncestor(other, o)));
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Collection<EObject> copies = copier.copyAll(originals);
        copier.copyReferences();
        Set<String> taken = ids(target);
        Map<String, String> renamed = new LinkedHashMap<>();
        for (EObject copy : copies) {
            rewireLeftBehind(copy, copier, target);
            for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(copy)); it.hasNext();) {
                if (it.next() instanceof Identified element && element.getId() != null) {
                    String fresh = freshId(element.getId(), taken);
                    renamed.put(element.getId(), fresh);
                    element.setId(fresh);
                }
            }
        }
        List<Addition> additions = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int index = 0;
        for (EObject copy : copies) {
            EObject original = originals.get(index++);
            EObject container = original.eContainer();
            EObject targetContainer = container instanceof Framework ? target
                    : container instanceof Identified owner ? find(target, owner.getId()).orElse(null) : null;
            if (targetContainer == null || original.eContainmentFeature() == null) {
                skipped.add(original instanceof Identified i ? i.getId() : original.eClass().getName());
                continue;
            }
            additions.add(new Addition(targetContainer, original.eContainmentFeature(), copy));
        }
        return new Pasted(additions, renamed, skipped);
    }

    /** References to elements not copied: to the target's element of the same id, if any; else removed. */
    private static void rewireLeftBehind(EObject copy, EcoreUtil.Copier copier, Framework target) {
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(copy)); it.hasNext();) {
            EObject element = it.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<EObject> values = (List<EObject>) element.eGet(reference);
                    List<EObject> kept = new ArrayList<>();
                    for (EObject value : values) {
                        resolve(value, copier, target).ifPresent(kept::add);
                    }
                    values.clear();
                    values.addAll(kept);
                } else if (element.eGet(reference) instanceof EObject value) {
                    element.eSet(reference, resolve(value, copier, target).orElse(null));
                }
            }
        }
    }

    private static Optional<EObject> resolve(EObject value, EcoreUtil.Copier copier, Framework target) {
        if (copier.containsValue(value) || EcoreUtil.getRootContainer(value) == target) {
            return Optional.of(value);
        }
        return value instanceof Identified identified ? find(target, identified.getId()) : Optional.empty();
    }

    private static Optional<EObject> find(Framework model, String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified element && id.equals(element.getId())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Set<String> ids(Framework model) {
        Set<String> ids = new HashSet<>();
        model.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified element && element.getId() != null) {
                ids.add(element.getId());
            }
        });
        return ids;
    }

    private static String freshId(String id, Set<String> taken) {
        String candidate = id + "_copy";
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "_copy" + n;
        }
        taken.add(candidate);
        return candidate;
    }
}
