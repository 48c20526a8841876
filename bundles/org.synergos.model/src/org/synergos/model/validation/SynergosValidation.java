package org.synergos.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.synergos.model.Framework;
import org.synergos.model.SynergosPackage;
import org.synergos.model.helpers.ElementLabels;

/**
 * Entry point for validating Synergos models. Works without global registration; {@link #register()}
 * additionally makes {@code Diagnostician.INSTANCE} use the Synergos rules.
 */
public final class SynergosValidation {

    /** {@link Diagnostic#getSource()} of all Synergos rule diagnostics. */
    public static final String SOURCE = "org.synergos.model";

    private static final SynergosValidator VALIDATOR = new SynergosValidator();

    private SynergosValidation() {
    }

    /** Registers the validator for the Synergos package in EMF's global registry. Idempotent. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(SynergosPackage.eINSTANCE, VALIDATOR);
    }

    /** Validates with the default {@link CsvHeaderCatalog}. */
    public static Diagnostic validate(Framework framework) {
        return validate(framework, new CsvHeaderCatalog());
    }

    /** Validates the whole model; data columns are looked up through {@code catalog}. */
    public static Diagnostic validate(Framework framework, DataColumnCatalog catalog) {
        Diagnostician diagnostician = diagnostician();
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(DataColumnCatalog.class, catalog);
        BasicDiagnostic result = diagnostician.createDefaultDiagnostic(framework);
        diagnostician.validate(framework, result, context);
        return result;
    }

    /** The diagnostics of one rule in a validation result (flattened). */
    public static List<Diagnostic> findings(Diagnostic result, ValidationRule rule) {
        List<Diagnostic> found = new ArrayList<>();
        collect(result, rule, found);
        return found;
    }

    private static void collect(Diagnostic diagnostic, ValidationRule rule, List<Diagnostic> found) {
        if (SOURCE.equals(diagnostic.getSource()) && diagnostic.getCode() == rule.code()) {
            found.add(diagnostic);
        }
        diagnostic.getChildren().forEach(child -> collect(child, rule, found));
    }

    /** A diagnostician that uses the Synergos validator and readable element labels. */
    public static Diagnostician diagnostician() {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(SynergosPackage.eINSTANCE, VALIDATOR);
        return new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return ElementLabels.of(eObject);
            }
        };
    }
}
