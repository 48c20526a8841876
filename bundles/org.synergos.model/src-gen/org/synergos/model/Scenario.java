/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named set of parameter values simulated side by side with the base run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Scenario#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Named {
	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.ParameterOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getScenario_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterOverride> getOverrides();

} // Scenario
