package org.synergos.model.internal.validation;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.io.DataPaths;
import org.synergos.model.io.SourceLocations;
import org.synergos.model.validation.DataColumnCatalog;
import org.synergos.model.validation.CsvHeaderCatalog;
import org.synergos.model.validation.SynergosValidation;
import org.synergos.model.validation.ValidationRule;

/**
 * Where rules report: builds one diagnostic per finding with the rule's code and severity and a
 * message "element (line N): problem. Fix: what to do". Data: {@code [element, rule]}.
 */
public final class Findings {

    private final DiagnosticChain chain;
    private final Map<Object, Object> context;
    private boolean errors;

    public Findings(DiagnosticChain chain, Map<Object, Object> context) {
        this.chain = chain;
        this.context = context;
    }

    public void report(ValidationRule rule, EObject element, String problem, String fix) {
        if (rule.severity() == BasicDiagnostic.ERROR) {
            errors = true;
        }
        if (chain == null) {
            return;
        }
        String message = describe(element) + ": " + problem + ". Fix: " + fix + ".";
        chain.add(new BasicDiagnostic(rule.severity(), SynergosValidation.SOURCE, rule.code(), message,
                new Object[] {element, rule}));
    }

    /** True when an error was reported (diagnostic chains may be null in EMF's fast mode). */
    public boolean hasErrors() {
        return errors;
    }

    /** "construct 'NQPF' (line 12)" — the line only when the element was loaded from a file. */
    public static String describe(EObject element) {
        String label = ElementLabels.of(element);
        return SourceLocations.of(element).map(l -> label + " (line " + l.line() + ")").orElse(label);
    }

    public DataColumnCatalog catalog() {
        Object catalog = context == null ? null : context.get(DataColumnCatalog.class);
        return catalog instanceof DataColumnCatalog given ? given : new CsvHeaderCatalog();
    }

    public Optional<Path> modelFile(EObject element) {
        return DataPaths.modelFile(element);
    }
}
