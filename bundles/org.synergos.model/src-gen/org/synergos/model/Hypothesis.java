/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hypothesis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A labelled hypothesis (H1 ...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Hypothesis#getLabel <em>Label</em>}</li>
 *   <li>{@link org.synergos.model.Hypothesis#getDescription <em>Description</em>}</li>
 *   <li>{@link org.synergos.model.Hypothesis#getExpectedSign <em>Expected Sign</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getHypothesis()
 * @model abstract="true"
 * @generated
 */
public interface Hypothesis extends Identified {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.synergos.model.SynergosPackage#getHypothesis_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.synergos.model.Hypothesis#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.synergos.model.SynergosPackage#getHypothesis_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.synergos.model.Hypothesis#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Expected Sign</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.ExpectedSign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Sign</em>' attribute.
	 * @see org.synergos.model.ExpectedSign
	 * @see #setExpectedSign(ExpectedSign)
	 * @see org.synergos.model.SynergosPackage#getHypothesis_ExpectedSign()
	 * @model
	 * @generated
	 */
	ExpectedSign getExpectedSign();

	/**
	 * Sets the value of the '{@link org.synergos.model.Hypothesis#getExpectedSign <em>Expected Sign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Sign</em>' attribute.
	 * @see org.synergos.model.ExpectedSign
	 * @see #getExpectedSign()
	 * @generated
	 */
	void setExpectedSign(ExpectedSign value);

} // Hypothesis
