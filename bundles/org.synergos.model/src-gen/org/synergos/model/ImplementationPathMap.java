/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Implementation Path Map</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Implementation path map: goal setting, evaluation, PDCA, feasibility decision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.ImplementationPathMap#getStages <em>Stages</em>}</li>
 *   <li>{@link org.synergos.model.ImplementationPathMap#getTransitions <em>Transitions</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getImplementationPathMap()
 * @model
 * @generated
 */
public interface ImplementationPathMap extends Named {
	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.PathStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getImplementationPathMap_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<PathStage> getStages();

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Transition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getImplementationPathMap_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Transition> getTransitions();

} // ImplementationPathMap
