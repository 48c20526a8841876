/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Covariance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A (residual) covariance between two variables (lavaan ~~); left = right is a variance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Covariance#getLeft <em>Left</em>}</li>
 *   <li>{@link org.synergos.model.Covariance#getRight <em>Right</em>}</li>
 *   <li>{@link org.synergos.model.Covariance#getParameterLabel <em>Parameter Label</em>}</li>
 *   <li>{@link org.synergos.model.Covariance#getFixedValue <em>Fixed Value</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getCovariance()
 * @model
 * @generated
 */
public interface Covariance extends Identified {
	/**
	 * Returns the value of the '<em><b>Left</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Left</em>' reference.
	 * @see #setLeft(Variable)
	 * @see org.synergos.model.SynergosPackage#getCovariance_Left()
	 * @model
	 * @generated
	 */
	Variable getLeft();

	/**
	 * Sets the value of the '{@link org.synergos.model.Covariance#getLeft <em>Left</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Left</em>' reference.
	 * @see #getLeft()
	 * @generated
	 */
	void setLeft(Variable value);

	/**
	 * Returns the value of the '<em><b>Right</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Right</em>' reference.
	 * @see #setRight(Variable)
	 * @see org.synergos.model.SynergosPackage#getCovariance_Right()
	 * @model
	 * @generated
	 */
	Variable getRight();

	/**
	 * Sets the value of the '{@link org.synergos.model.Covariance#getRight <em>Right</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right</em>' reference.
	 * @see #getRight()
	 * @generated
	 */
	void setRight(Variable value);

	/**
	 * Returns the value of the '<em><b>Parameter Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter Label</em>' attribute.
	 * @see #setParameterLabel(String)
	 * @see org.synergos.model.SynergosPackage#getCovariance_ParameterLabel()
	 * @model
	 * @generated
	 */
	String getParameterLabel();

	/**
	 * Sets the value of the '{@link org.synergos.model.Covariance#getParameterLabel <em>Parameter Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter Label</em>' attribute.
	 * @see #getParameterLabel()
	 * @generated
	 */
	void setParameterLabel(String value);

	/**
	 * Returns the value of the '<em><b>Fixed Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed Value</em>' attribute.
	 * @see #setFixedValue(Double)
	 * @see org.synergos.model.SynergosPackage#getCovariance_FixedValue()
	 * @model
	 * @generated
	 */
	Double getFixedValue();

	/**
	 * Sets the value of the '{@link org.synergos.model.Covariance#getFixedValue <em>Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Value</em>' attribute.
	 * @see #getFixedValue()
	 * @generated
	 */
	void setFixedValue(Double value);

} // Covariance
