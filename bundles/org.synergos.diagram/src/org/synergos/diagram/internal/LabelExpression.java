package org.synergos.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The tiny label language of diagram descriptions: feature paths ({@code name}, {@code source.code}) and
 * quoted literals ({@code " via "}, with {@code \"} and {@code \\} escapes) joined by {@code +}. A path through
 * a many-valued feature yields every value joined by ", ". Deliberately no operators beyond concatenation:
 * labels stay readable in JSON, and a label that is one feature can be edited in place (see
 * {@link #editableFeature()}).
 */
public final class LabelExpression {

    /** One term: either literal text or a feature path. */
    private record Term(String literal, List<String> path) {
    }

    private final String source;
    private final List<Term> terms;

    private LabelExpression(String source, List<Term> terms) {
        this.source = source;
        this.terms = terms;
    }

    /** Parses {@code text}; an empty or blank text is the empty label. */
    public static LabelExpression parse(String text) {
        List<Term> terms = new ArrayList<>();
        int i = skipSpaces(text, 0);
        boolean expectTerm = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!expectTerm) {
                if (c != '+') {
                    throw error(text, i, "expected '+'");
                }
                expectTerm = true;
                i = skipSpaces(text, i + 1);
                continue;
            }
            if (c == '"') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"') {
                    char d = text.charAt(j);
                    if (d == '\\' && j + 1 < text.length()) {
                        d = text.charAt(++j);
                    }
                    literal.append(d);
                    j++;
                }
                if (j >= text.length()) {
                    throw error(text, i, "unterminated text literal");
                }
                terms.add(new Term(literal.toString(), null));
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < text.length() && (Character.isJavaIdentifierPart(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
                String path = text.substring(i, j);
                if (path.endsWith(".") || path.contains("..")) {
                    throw error(text, i, "incomplete feature path '" + path + "'");
                }
                terms.add(new Term(null, List.of(path.split("\\."))));
                i = j;
            } else {
                throw error(text, i, "expected a feature name or a quoted text");
            }
            expectTerm = false;
            i = skipSpaces(text, i);
        }
        if (expectTerm && !terms.isEmpty()) {
            throw error(text, text.length(), "expression ends with '+'");
        }
        return new LabelExpression(text, List.copyOf(terms));
    }

    /** The expression as written. */
    public String source() {
        return source;
    }

    /** The label of {@code element}; missing values contribute nothing, never an exception. */
    public String evaluate(EObject element) {
        StringBuilder out = new StringBuilder();
        for (Term term : terms) {
            if (term.literal != null) {
                out.append(term.literal);
            } else {
                out.append(ElementText.join(FeaturePath.navigate(element, term.path)));
            }
        }
        return out.toString();
    }

    /**
     * The feature a label edit sets: present only when the expression is exactly one single-segment path,
     * since anything else (concatenations, navigation to other elements) has no unambiguous inverse.
     */
    public Optional<String> editableFeature() {
        if (terms.size() == 1 && terms.get(0).path != null && terms.get(0).path.size() == 1) {
            return Optional.of(terms.get(0).path.get(0));
        }
        return Optional.empty();
    }

    /** Problems with the expression's paths for elements of {@code eClass}; empty when every path exists. */
    public List<String> check(EClass eClass) {
        List<String> problems = new ArrayList<>();
        for (Term term : terms) {
            if (term.path == null) {
                continue;
            }
            EClass current = eClass;
            for (int s = 0; s < term.path.size(); s++) {
                String name = term.path.get(s);
                EStructuralFeature feature = current == null ? null : current.getEStructuralFeature(name);
                if (feature == null) {
                    problems.add("'" + source + "': " + (current == null ? "?" : current.getName())
                            + " has no feature '" + name + "'");
                    break;
                }
                current = feature instanceof EReference reference ? reference.getEReferenceType() : null;
                if (current == null && s < term.path.size() - 1) {
                    problems.add("'" + source + "': attribute '" + name + "' cannot be navigated further");
                    break;
                }
            }
        }
        return problems;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static IllegalArgumentException error(String text, int at, String message) {
        return new IllegalArgumentException("label expression '" + text + "' at " + (at + 1) + ": " + message);
    }
}
