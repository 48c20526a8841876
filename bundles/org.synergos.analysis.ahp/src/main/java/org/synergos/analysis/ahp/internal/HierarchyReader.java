package org.synergos.analysis.ahp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.analysis.api.json.JsonFileException;
import org.synergos.analysis.api.json.LocatedJson;

/**
 * Reads and validates a hierarchy file (format: the plugin's README). Every problem is reported with the
 * file, the line and the element or matrix cell concerned; nothing is repaired silently.
 */
public final class HierarchyReader {

    private static final Set<String> TOP_KEYS = Set.of("description", "goal", "criteria", "alternatives", "judgements");
    private static final Set<String> ELEMENT_KEYS = Set.of("id", "name", "element", "criteria");
    /** A matrix's entries must be exact reciprocals; 1/k is stored as the nearest double. */
    private static final double RECIPROCAL_TOLERANCE = 1e-12;

    private final Path file;
    private final Set<String> modelElementIds;
    private final Map<String, Element> ids = new HashMap<>();

    /** @param modelElementIds ids of the study's model elements, or null when there is no model to link to */
    private HierarchyReader(Path file, Set<String> modelElementIds) {
        this.file = file;
        this.modelElementIds = modelElementIds;
    }

    public static Hierarchy read(Path file, Set<String> modelElementIds) throws HierarchyException {
        return new HierarchyReader(file, modelElementIds).read(parse(file));
    }

    private Hierarchy read(LocatedJson root) throws HierarchyException {
        requireObject(root, "the hierarchy file");
        checkKeys(root, TOP_KEYS, "the hierarchy file");
        LocatedJson goalJson = required(root, "goal", "the hierarchy file");
        requireObject(goalJson, "'goal'");
        if (goalJson.member("criteria") != null) {
            throw fail(goalJson.member("criteria"), "the criteria belong at the top level ('criteria'), not inside 'goal'");
        }
        Element goal = element(goalJson, "the goal");
        LocatedJson criteriaJson = required(root, "criteria", "the hierarchy file");
        List<Node> criteria = criteria(criteriaJson, 1, "the goal '" + goal.id() + "'");
        Node goalNode = new Node(goal, 0, criteria);
        List<Element> alternatives = new ArrayList<>();
        LocatedJson alternativesJson = root.member("alternatives");
        if (alternativesJson != null) {
            requireArray(alternativesJson, "'alternatives'");
            for (LocatedJson item : alternativesJson.items()) {
                requireObject(item, "an alternative");
                if (item.member("criteria") != null) {
                    throw fail(item.member("criteria"), "an alternative has no criteria below it");
                }
                alternatives.add(element(item, "an alternative"));
            }
            if (alternatives.size() < 2) {
                throw fail(alternativesJson, "'alternatives' lists " + alternatives.size()
                        + " alternative(s); a choice needs at least 2 (leave 'alternatives' out to weight the criteria only)");
            }
        }
        Hierarchy shape = new Hierarchy(file, goalNode, List.copyOf(alternatives), Map.of());
        LocatedJson judgementsJson = required(root, "judgements", "the hierarchy file");
        requireObject(judgementsJson, "'judgements'");
        return new Hierarchy(file, goalNode, shape.alternatives(), comparisons(shape, judgementsJson));
    }

    private List<Node> criteria(LocatedJson array, int level, String parent) throws HierarchyException {
        requireArray(array, "the criteria of " + parent);
        if (array.items().isEmpty()) {
            throw fail(array, "the criteria of " + parent + " are empty (leave 'criteria' out for a leaf criterion)");
        }
        List<Node> nodes = new ArrayList<>();
        for (LocatedJson item : array.items()) {
            requireObject(item, "a criterion of " + parent);
            Element element = element(item, "a criterion of " + parent);
            LocatedJson below = item.member("criteria");
            List<Node> children = below == null ? List.of() : criteria(below, level + 1, "'" + element.id() + "'");
            nodes.add(new Node(element, level, children));
        }
        return List.copyOf(nodes);
    }

    private Element element(LocatedJson object, String what) throws HierarchyException {
        checkKeys(object, ELEMENT_KEYS, what);
        LocatedJson id = required(object, "id", what);
        if (id.kind() != LocatedJson.Kind.STRING || id.text().isBlank()) {
            throw fail(id, "the id of " + what + " must be a non-empty string, not " + id.describe());
        }
        Element earlier = ids.get(id.text());
        if (earlier != null) {
            throw fail(id, "id '" + id.text() + "' is used twice (first at line " + earlier.line() + ")");
        }
        String name = text(object.member("name"), id.text(), "the name of '" + id.text() + "'");
        String modelElement = text(object.member("element"), null, "the model element of '" + id.text() + "'");
        if (modelElement != null && modelElementIds != null && !modelElementIds.contains(modelElement)) {
            throw fail(object.member("element"), "'" + id.text() + "' refers to model element '" + modelElement
                    + "', which the study's model does not have");
        }
        Element element = new Element(id.text(), name, modelElement, object.line());
        ids.put(element.id(), element);
        return element;
    }

    private String text(LocatedJson value, String otherwise, String what) throws HierarchyException {
        if (value == null) {
            return otherwise;
        }
        if (value.kind() != LocatedJson.Kind.STRING || value.text().isBlank()) {
            throw fail(value, what + " must be a non-empty string, not " + value.describe());
        }
        return value.text();
    }

    private Map<String, Comparison> comparisons(Hierarchy shape, LocatedJson judgements) throws HierarchyException {
        Map<String, Node> comparing = new LinkedHashMap<>();
        for (Node node : shape.nodes()) {
            if (!node.isLeaf() || shape.hasAlternatives()) {
                comparing.put(node.element().id(), node);
            }
        }
        for (Map.Entry<String, LocatedJson> entry : judgements.members().entrySet()) {
            if (!comparing.containsKey(entry.getKey())) {
                Element element = ids.get(entry.getKey());
                throw fail(entry.getValue(), element == null
                        ? "'judgements' has a matrix for '" + entry.getKey() + "', which is not the goal or a criterion"
                        : "'judgements' has a matrix for '" + entry.getKey()
                                + "', which has nothing below it to compare (a leaf criterion, and the file lists no alternatives)");
            }
        }
        Map<String, Comparison> comparisons = new LinkedHashMap<>();
        for (Node node : comparing.values()) {
            List<Element> compared = shape.comparedUnder(node);
            LocatedJson json = judgements.member(node.element().id());
            if (json == null) {
                if (compared.size() > 1) {
                    throw new HierarchyException(file, judgements.line(), "'judgements' has no matrix for '"
                            + node.element().id() + "' (declared at line " + node.element().line() + "), which compares "
                            + ids(compared));
                }
                // a single element below a parent takes all of its weight: no judgement to make
                comparisons.put(node.element().id(), new Comparison(node.element(), compared,
                        List.of(new Comparison.Judgement("", new double[][] { { 1 } }, node.element().line()))));
                continue;
            }
            comparisons.put(node.element().id(), comparison(node.element(), compared, json));
        }
        return comparisons;
    }

    private Comparison comparison(Element parent, List<Element> compared, LocatedJson json) throws HierarchyException {
        String matrix = "matrix '" + parent.id() + "'";
        if (compared.size() > RandomIndex.maximumOrder()) {
            throw fail(json, matrix + " compares " + compared.size() + " elements; " + RandomIndex.SOURCE
                    + "'s random index table, which CR needs, covers at most " + RandomIndex.maximumOrder()
                    + " (split the elements into groups under sub-criteria)");
        }
        List<Comparison.Judgement> judgements = new ArrayList<>();
        if (json.kind() == LocatedJson.Kind.OBJECT) {
            if (json.members().isEmpty()) {
                throw fail(json, matrix + " has no judge's matrix");
            }
            for (Map.Entry<String, LocatedJson> judge : json.members().entrySet()) {
                if (judge.getKey().isBlank()) {
                    throw fail(judge.getValue(), matrix + ": a judge's name must not be empty");
                }
                judgements.add(new Comparison.Judgement(judge.getKey(),
                        matrix(matrix + " of judge '" + judge.getKey() + "'", compared, judge.getValue()),
                        judge.getValue().line()));
            }
        } else {
            judgements.add(new Comparison.Judgement("", matrix(matrix, compared, json), json.line()));
        }
        return new Comparison(parent, compared, List.copyOf(judgements));
    }

    private double[][] matrix(String what, List<Element> compared, LocatedJson json) throws HierarchyException {
        int n = compared.size();
        if (json.kind() != LocatedJson.Kind.ARRAY || json.items().size() != n) {
            throw fail(json, what + " must be " + n + " rows of " + n + " judgements (" + ids(compared) + "), not "
                    + (json.kind() == LocatedJson.Kind.ARRAY ? json.items().size() + " row(s)" : json.describe()));
        }
        double[][] a = new double[n][n];
        LocatedJson[][] cells = new LocatedJson[n][n];
        for (int i = 0; i < n; i++) {
            LocatedJson row = json.items().get(i);
            if (row.kind() != LocatedJson.Kind.ARRAY || row.items().size() != n) {
                throw fail(row, what + ", row " + (i + 1) + " (" + compared.get(i).id() + ") must have " + n
                        + " judgements, not " + (row.kind() == LocatedJson.Kind.ARRAY ? row.items().size() : row.describe()));
            }
            for (int j = 0; j < n; j++) {
                cells[i][j] = row.items().get(j);
                SaatyScale.Parsed parsed = SaatyScale.parse(cells[i][j]);
                if (!parsed.ok()) {
                    throw fail(cells[i][j], cell(what, compared, i, j) + ": " + parsed.problem());
                }
                a[i][j] = parsed.value();
            }
        }
        for (int i = 0; i < n; i++) {
            if (a[i][i] != 1) {
                throw fail(cells[i][i], cell(what, compared, i, i) + ": " + cells[i][i].describe()
                        + " on the diagonal; an element compared with itself is 1");
            }
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw fail(cells[j][i], cell(what, compared, j, i) + ": " + cells[j][i].describe()
                            + " is not the reciprocal of " + cells[i][j].describe() + " at row " + (i + 1) + ", column "
                            + (j + 1) + " (the matrix must be reciprocal: a_ji = 1/a_ij)");
                }
            }
        }
        return a;
    }

    private static String cell(String what, List<Element> compared, int i, int j) {
        return what + ", row " + (i + 1) + " (" + compared.get(i).id() + "), column " + (j + 1) + " ("
                + compared.get(j).id() + ")";
    }

    private static String ids(List<Element> elements) {
        return String.join(", ", elements.stream().map(Element::id).toList());
    }

    private LocatedJson required(LocatedJson object, String key, String what) throws HierarchyException {
        LocatedJson value = object.member(key);
        if (value == null) {
            throw fail(object, what + " has no '" + key + "'");
        }
        return value;
    }

    private void checkKeys(LocatedJson object, Set<String> allowed, String what) throws HierarchyException {
        for (Map.Entry<String, LocatedJson> member : object.members().entrySet()) {
            if (!allowed.contains(member.getKey())) {
                throw fail(member.getValue(), what + " has an unknown key '" + member.getKey() + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private void requireObject(LocatedJson value, String what) throws HierarchyException {
        if (value.kind() != LocatedJson.Kind.OBJECT) {
            throw fail(value, what + " must be an object, not " + value.describe());
        }
    }

    private void requireArray(LocatedJson value, String what) throws HierarchyException {
        if (value.kind() != LocatedJson.Kind.ARRAY) {
            throw fail(value, what + " must be an array, not " + value.describe());
        }
    }

    private HierarchyException fail(LocatedJson at, String problem) {
        return new HierarchyException(file, at.line(), problem);
    }

    /** The file as a located JSON tree; its syntax errors as this file's problems. */
    private static LocatedJson parse(Path file) throws HierarchyException {
        try {
            return LocatedJson.read(file);
        } catch (JsonFileException e) {
            throw new HierarchyException(e.file(), e.line(), e.problem());
        }
    }
}
