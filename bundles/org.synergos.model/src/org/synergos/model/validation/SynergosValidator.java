package org.synergos.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.synergos.model.Framework;
import org.synergos.model.internal.validation.Findings;
import org.synergos.model.internal.validation.FrameworkRules;

/**
 * EMF validator of the Synergos package. The Synergos rules are model-wide (uniqueness, cycles, data
 * binding), so they run once when the {@link Framework} is validated; every element additionally gets
 * EMF's basic checks that matter for hand-built models (references to elements outside the model,
 * unresolved proxies, invalid data values).
 */
public class SynergosValidator implements EValidator {

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        EObjectValidator basic = EObjectValidator.INSTANCE;
        boolean valid = basic.validate_EveryReferenceIsContained(eObject, diagnostics, context);
        valid &= basic.validate_EveryProxyResolves(eObject, diagnostics, context);
        valid &= basic.validate_EveryDataValueConforms(eObject, diagnostics, context);
        if (eObject instanceof Framework framework) {
            Findings findings = new Findings(diagnostics, context);
            FrameworkRules.check(framework, findings);
            valid &= !findings.hasErrors();
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }
}
