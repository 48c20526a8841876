/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Causal Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A causal link between two stages.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.CausalLink#getSource <em>Source</em>}</li>
 *   <li>{@link org.synergos.model.CausalLink#getTarget <em>Target</em>}</li>
 *   <li>{@link org.synergos.model.CausalLink#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getCausalLink()
 * @model
 * @generated
 */
public interface CausalLink extends Identified {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(CausalStage)
	 * @see org.synergos.model.SynergosPackage#getCausalLink_Source()
	 * @model
	 * @generated
	 */
	CausalStage getSource();

	/**
	 * Sets the value of the '{@link org.synergos.model.CausalLink#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(CausalStage value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(CausalStage)
	 * @see org.synergos.model.SynergosPackage#getCausalLink_Target()
	 * @model
	 * @generated
	 */
	CausalStage getTarget();

	/**
	 * Sets the value of the '{@link org.synergos.model.CausalLink#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(CausalStage value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.synergos.model.SynergosPackage#getCausalLink_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.synergos.model.CausalLink#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // CausalLink
