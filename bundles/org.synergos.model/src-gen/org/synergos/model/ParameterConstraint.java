/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A constraint between parameter expressions (lavaan ==, <, >).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.ParameterConstraint#getLeft <em>Left</em>}</li>
 *   <li>{@link org.synergos.model.ParameterConstraint#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.synergos.model.ParameterConstraint#getRight <em>Right</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getParameterConstraint()
 * @model
 * @generated
 */
public interface ParameterConstraint extends Identified {
	/**
	 * Returns the value of the '<em><b>Left</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Left</em>' attribute.
	 * @see #setLeft(String)
	 * @see org.synergos.model.SynergosPackage#getParameterConstraint_Left()
	 * @model
	 * @generated
	 */
	String getLeft();

	/**
	 * Sets the value of the '{@link org.synergos.model.ParameterConstraint#getLeft <em>Left</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Left</em>' attribute.
	 * @see #getLeft()
	 * @generated
	 */
	void setLeft(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.ConstraintOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.synergos.model.ConstraintOperator
	 * @see #setOperator(ConstraintOperator)
	 * @see org.synergos.model.SynergosPackage#getParameterConstraint_Operator()
	 * @model
	 * @generated
	 */
	ConstraintOperator getOperator();

	/**
	 * Sets the value of the '{@link org.synergos.model.ParameterConstraint#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.synergos.model.ConstraintOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(ConstraintOperator value);

	/**
	 * Returns the value of the '<em><b>Right</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Right</em>' attribute.
	 * @see #setRight(String)
	 * @see org.synergos.model.SynergosPackage#getParameterConstraint_Right()
	 * @model
	 * @generated
	 */
	String getRight();

	/**
	 * Sets the value of the '{@link org.synergos.model.ParameterConstraint#getRight <em>Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right</em>' attribute.
	 * @see #getRight()
	 * @generated
	 */
	void setRight(String value);

} // ParameterConstraint
