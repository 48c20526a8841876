/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mediation Hypothesis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An indirect effect source to target through ordered mediators.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.MediationHypothesis#getSource <em>Source</em>}</li>
 *   <li>{@link org.synergos.model.MediationHypothesis#getTarget <em>Target</em>}</li>
 *   <li>{@link org.synergos.model.MediationHypothesis#getMediators <em>Mediators</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getMediationHypothesis()
 * @model
 * @generated
 */
public interface MediationHypothesis extends Hypothesis {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Construct)
	 * @see org.synergos.model.SynergosPackage#getMediationHypothesis_Source()
	 * @model
	 * @generated
	 */
	Construct getSource();

	/**
	 * Sets the value of the '{@link org.synergos.model.MediationHypothesis#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Construct value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Construct)
	 * @see org.synergos.model.SynergosPackage#getMediationHypothesis_Target()
	 * @model
	 * @generated
	 */
	Construct getTarget();

	/**
	 * Sets the value of the '{@link org.synergos.model.MediationHypothesis#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Construct value);

	/**
	 * Returns the value of the '<em><b>Mediators</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Construct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mediators</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getMediationHypothesis_Mediators()
	 * @model
	 * @generated
	 */
	EList<Construct> getMediators();

} // MediationHypothesis
