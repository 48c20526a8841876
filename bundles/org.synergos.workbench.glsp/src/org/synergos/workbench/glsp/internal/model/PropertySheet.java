package org.synergos.workbench.glsp.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.diagram.edit.PlannedEdit;
import org.synergos.diagram.edit.PropertyEdit;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.Identified;
import org.synergos.model.SynergosFactory;
import org.synergos.model.SynergosPackage;
import org.synergos.workbench.glsp.internal.actions.PropertyDescriptor;
import org.synergos.workbench.glsp.internal.actions.PropertyDescriptor.Choice;

/**
 * The property sheet of a model element, generic over the metamodel: attributes and non-containment
 * references, typed for the client's editors. The model itself also shows its data file (the first data
 * source's path, created on first use) so a new model can be pointed at its survey data from the sheet.
 */
public final class PropertySheet {

    public static final String DATA_FILE = "dataFile";

    private PropertySheet() {
    }

    public static List<PropertyDescriptor> of(EObject element) {
        List<PropertyDescriptor> rows = new ArrayList<>();
        if (element instanceof Framework framework) {
            String path = framework.getDataSources().isEmpty() ? "" : framework.getDataSources().get(0).getPath();
            rows.add(new PropertyDescriptor(DATA_FILE, "Data file (CSV or XLSX, relative to the model)", "string",
                    path == null ? "" : path, List.of(), false, false));
        }
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()
                    || feature instanceof EReference reference && reference.isContainment()
                    || feature instanceof EReference ref && ref.isContainer()) {
                continue;
            }
            boolean readOnly = !feature.isChangeable() || "id".equals(feature.getName());
            rows.add(new PropertyDescriptor(feature.getName(), label(feature), type(feature),
                    value(element, feature), choices(element, feature), readOnly, feature.isMany()));
        }
        return rows;
    }

    /** The edit setting {@code name} to a client value (string, number, boolean, id or list of ids). */
    public static PlannedEdit set(EObject element, String name, Object value) {
        if (element instanceof Framework framework && DATA_FILE.equals(name)) {
            return setDataFile(framework, value == null ? "" : value.toString().trim());
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
        if (feature == null || "id".equals(name)) {
            return PropertyEdit.refusal(element.eClass().getName() + " has no editable property '" + name + "'");
        }
        try {
            return PropertyEdit.set(element, feature, convert(element, feature, value));
        } catch (IllegalArgumentException e) {
            return PropertyEdit.refusal("'" + value + "' is not a valid " + label(feature) + ": " + e.getMessage());
        }
    }

    private static PlannedEdit setDataFile(Framework framework, String path) {
        if (path.isEmpty()) {
            return PropertyEdit.refusal("give the data file's path relative to the model file, e.g. data.csv");
        }
        if (Path.of(path).isAbsolute() || Path.of(path).normalize().startsWith("..")) {
            return PropertyEdit.refusal("the data file must lie in the model's folder or below it: " + path);
        }
        if (!framework.getDataSources().isEmpty()) {
            DataSource source = framework.getDataSources().get(0);
            return PropertyEdit.set(source, SynergosPackage.Literals.DATA_SOURCE__PATH, path);
        }
        DataSource source = SynergosFactory.eINSTANCE.createDataSource();
        source.setPath(path);
        source.setId("data");
        source.setName(Path.of(path).getFileName().toString());
        return PropertyEdit.set(framework, SynergosPackage.Literals.FRAMEWORK__DATA_SOURCES, List.of(source));
    }

    private static Object convert(EObject element, EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            List<Object> values = new ArrayList<>();
            for (Object item : value instanceof Collection<?> c ? c : List.of()) {
                values.add(single(element, feature, item));
            }
            return values;
        }
        return value == null || value.toString().isEmpty() && !(feature.getEType() == EcorePackage.Literals.ESTRING)
                ? null : single(element, feature, value);
    }

    private static Object single(EObject element, EStructuralFeature feature, Object value) {
        if (feature instanceof EReference reference) {
            String id = String.valueOf(value);
            for (TreeIterator<EObject> it = EcoreUtil.getRootContainer(element).eAllContents(); it.hasNext();) {
                EObject candidate = it.next();
                if (reference.getEReferenceType().isInstance(candidate) && candidate instanceof Identified identified
                        && id.equals(identified.getId())) {
                    return candidate;
                }
            }
            throw new IllegalArgumentException("no " + reference.getEReferenceType().getName() + " with id " + id);
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        String text = value instanceof Double d && d == Math.rint(d) && isIntegral(type)
                ? Long.toString(d.longValue()) : String.valueOf(value);
        return EcoreUtil.createFromString(type, text);
    }

    private static boolean isIntegral(EDataType type) {
        Class<?> c = type.getInstanceClass();
        return c == int.class || c == Integer.class || c == long.class || c == Long.class;
    }

    private static String type(EStructuralFeature feature) {
        if (feature instanceof EReference) {
            return "reference";
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (type instanceof EEnum) {
            return "enum";
        }
        Class<?> c = type.getInstanceClass();
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (isIntegral(type)) {
            return "int";
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return "double";
        }
        String name = feature.getName().toLowerCase(java.util.Locale.ROOT);
        return name.contains("description") || name.contains("note") || name.contains("text") ? "text" : "string";
    }

    private static Object value(EObject element, EStructuralFeature feature) {
        Object value = element.eGet(feature);
        if (feature instanceof EReference) {
            if (feature.isMany()) {
                return ((Collection<?>) value).stream().map(PropertySheet::idOf).toList();
            }
            return value == null ? null : idOf(value);
        }
        if (feature.isMany()) {
            return ((Collection<?>) value).stream().map(v -> EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), v)).toList();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value == null ? null : EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
    }

    private static List<Choice> choices(EObject element, EStructuralFeature feature) {
        List<Choice> choices = new ArrayList<>();
        if (feature instanceof EReference reference) {
            EClass type = reference.getEReferenceType();
            for (TreeIterator<EObject> it = EcoreUtil.getRootContainer(element).eAllContents(); it.hasNext();) {
                EObject candidate = it.next();
                if (type.isInstance(candidate) && candidate instanceof Identified identified && identified.getId() != null) {
                    choices.add(new Choice(identified.getId(), org.synergos.diagram.edit.ElementNames.of(candidate)));
                }
            }
        } else if (((EAttribute) feature).getEAttributeType() instanceof EEnum enumeration) {
            for (EEnumLiteral literal : enumeration.getELiterals()) {
                choices.add(new Choice(literal.getLiteral(), literal.getName()));
            }
        }
        return choices;
    }

    private static String idOf(Object value) {
        return value instanceof Identified identified ? identified.getId() : String.valueOf(value);
    }

    private static String label(EStructuralFeature feature) {
        String name = feature.getName();
        StringBuilder label = new StringBuilder().append(Character.toUpperCase(name.charAt(0)));
        for (char c : name.substring(1).toCharArray()) {
            if (Character.isUpperCase(c)) {
                label.append(' ').append(Character.toLowerCase(c));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }
}
