package org.synergos.diagram.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.synergos.diagram.Condition;
import org.synergos.diagram.ConditionalStyle;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.EdgeMapping;
import org.synergos.diagram.NodeMapping;
import org.synergos.diagram.Tool;
import org.synergos.diagram.ToolKind;

/**
 * Checks a description against the metamodel: every class, feature path, label expression, condition and
 * tool must resolve. Runs once per description load, so the factory and the edit operations can trust the
 * description and only have to cope with broken models.
 */
public final class DescriptionChecker {

    private final DiagramDescription description;
    private final EPackage metamodel;
    private final EClass rootClass;
    private final List<String> problems = new ArrayList<>();

    private DescriptionChecker(DiagramDescription description, EPackage metamodel) {
        this.description = description;
        this.metamodel = metamodel;
        this.rootClass = rootClass(metamodel);
    }

    /** Every problem found; empty when the description is usable. */
    public static List<String> check(DiagramDescription description, EPackage metamodel) {
        DescriptionChecker checker = new DescriptionChecker(description, metamodel);
        checker.run();
        return checker.problems;
    }

    /** The root class: {@code Framework} in Synergos, else the package's first class. */
    public static EClass rootClass(EPackage metamodel) {
        if (metamodel.getEClassifier("Framework") instanceof EClass framework) {
            return framework;
        }
        return metamodel.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("metamodel without classes"));
    }

    private void run() {
        Set<String> ids = new HashSet<>();
        description.nodes().forEach(m -> unique(ids, "mapping", m.id()));
        description.edges().forEach(m -> unique(ids, "mapping", m.id()));
        Set<String> toolIds = new HashSet<>();
        description.tools().forEach(t -> unique(toolIds, "tool", t.id()));
        description.nodes().forEach(this::checkNode);
        description.edges().forEach(this::checkEdge);
        description.tools().forEach(this::checkTool);
        if (description.layout().timeline() != null) {
            String mapping = description.layout().timeline().mapping();
            description.nodeMapping(mapping).ifPresentOrElse(
                    m -> expression("timeline sortExpression", description.layout().timeline().sortExpression(),
                            eClass(m.domainClass(), "timeline")),
                    () -> problems.add("timeline: no node mapping '" + mapping + "'"));
        }
    }

    private void unique(Set<String> seen, String what, String id) {
        if (!seen.add(id)) {
            problems.add("duplicate " + what + " id '" + id + "'");
        }
    }

    private void checkNode(NodeMapping mapping) {
        String where = "node mapping '" + mapping.id() + "'";
        EClass eClass = eClass(mapping.domainClass(), where);
        candidates(mapping.candidates(), eClass, where);
        expression(where + " label", mapping.label(), eClass);
        condition(mapping.precondition(), eClass, where + " precondition");
        for (ConditionalStyle conditional : mapping.conditionalStyles()) {
            condition(conditional.when(), eClass, where + " conditional style");
        }
    }

    private void checkEdge(EdgeMapping mapping) {
        String where = "edge mapping '" + mapping.id() + "'";
        if (mapping.isRelationBased()) {
            EClass sourceClass = mappedClass(mapping.sourceMapping(), where);
            EClass targetClass = mappedClass(mapping.targetMapping(), where);
            if (sourceClass != null && !(sourceClass.getEStructuralFeature(mapping.relation()) instanceof EReference)) {
                problems.add(where + ": " + sourceClass.getName() + " has no reference '" + mapping.relation() + "'");
            }
            expression(where + " label", mapping.label(), targetClass);
            return;
        }
        EClass eClass = eClass(mapping.domainClass(), where);
        candidates(mapping.candidates(), eClass, where);
        reference(eClass, mapping.sourceFeature(), where);
        reference(eClass, mapping.targetFeature(), where);
        expression(where + " label", mapping.label(), eClass);
    }

    private void checkTool(Tool tool) {
        String where = "tool '" + tool.id() + "'";
        if (tool.kind() == ToolKind.CREATE_EDGE) {
            EdgeMapping edge = description.edgeMapping(tool.edgeMapping()).orElse(null);
            if (edge == null) {
                problems.add(where + ": no edge mapping '" + tool.edgeMapping() + "'");
                return;
            }
            if (edge.isRelationBased()) {
                return;
            }
        }
        EClass eClass = eClass(tool.eClass(), where);
        if (tool.containment() == null) {
            problems.add(where + ": containment is missing");
            return;
        }
        EClass containerClass = tool.containerMapping() == null ? rootClass
                : mappedClass(tool.containerMapping(), where);
        List<String> path = FeaturePath.segments(tool.containment());
        if (containerClass != null && eClass != null) {
            EClass owner = path.isEmpty() ? null : FeaturePath.endClass(containerClass, path.subList(0, path.size() - 1));
            EStructuralFeature feature = owner == null ? null : owner.getEStructuralFeature(path.get(path.size() - 1));
            if (!(feature instanceof EReference reference) || !reference.isContainment()
                    || !reference.getEReferenceType().isSuperTypeOf(eClass)) {
                problems.add(where + ": '" + tool.containment() + "' is not a containment for " + eClass.getName());
            }
        }
        for (Map.Entry<String, String> initial : tool.initialValues().entrySet()) {
            if (eClass != null && !(eClass.getEStructuralFeature(initial.getKey()) instanceof EAttribute)) {
                problems.add(where + ": " + eClass.getName() + " has no attribute '" + initial.getKey() + "'");
            }
        }
    }

    private EClass eClass(String name, String where) {
        EClassifier classifier = name == null ? null : metamodel.getEClassifier(name);
        if (classifier instanceof EClass eClass) {
            return eClass;
        }
        problems.add(where + ": no class '" + name + "' in " + metamodel.getName());
        return null;
    }

    private EClass mappedClass(String mappingId, String where) {
        return description.nodeMapping(mappingId).map(m -> eClass(m.domainClass(), where)).orElseGet(() -> {
            problems.add(where + ": no node mapping '" + mappingId + "'");
            return null;
        });
    }

    private void candidates(String path, EClass eClass, String where) {
        EClass end = FeaturePath.endClass(rootClass, FeaturePath.segments(path));
        if (end == null) {
            problems.add(where + ": candidates '" + path + "' is not a reference path from " + rootClass.getName());
        } else if (eClass != null && !end.isSuperTypeOf(eClass) && !eClass.isSuperTypeOf(end)) {
            problems.add(where + ": candidates '" + path + "' hold " + end.getName() + ", not " + eClass.getName());
        }
    }

    private void reference(EClass eClass, String name, String where) {
        if (eClass != null && !(eClass.getEStructuralFeature(name) instanceof EReference)) {
            problems.add(where + ": " + eClass.getName() + " has no reference '" + name + "'");
        }
    }

    private void condition(Condition condition, EClass eClass, String where) {
        if (condition != null && eClass != null && eClass.getEStructuralFeature(condition.feature()) == null) {
            problems.add(where + ": " + eClass.getName() + " has no feature '" + condition.feature() + "'");
        }
    }

    private void expression(String where, String text, EClass eClass) {
        try {
            LabelExpression expression = LabelExpression.parse(text);
            if (eClass != null) {
                expression.check(eClass).forEach(p -> problems.add(where + ": " + p));
            }
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
        }
    }
}
