/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rate moving material out of the from stock into the to stock; a missing stock is a source or sink.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Flow#getFrom <em>From</em>}</li>
 *   <li>{@link org.synergos.model.Flow#getTo <em>To</em>}</li>
 *   <li>{@link org.synergos.model.Flow#getEquation <em>Equation</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getFlow()
 * @model
 * @generated
 */
public interface Flow extends SdVariable {
	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Stock)
	 * @see org.synergos.model.SynergosPackage#getFlow_From()
	 * @model
	 * @generated
	 */
	Stock getFrom();

	/**
	 * Sets the value of the '{@link org.synergos.model.Flow#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Stock value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Stock)
	 * @see org.synergos.model.SynergosPackage#getFlow_To()
	 * @model
	 * @generated
	 */
	Stock getTo();

	/**
	 * Sets the value of the '{@link org.synergos.model.Flow#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Stock value);

	/**
	 * Returns the value of the '<em><b>Equation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equation</em>' attribute.
	 * @see #setEquation(String)
	 * @see org.synergos.model.SynergosPackage#getFlow_Equation()
	 * @model
	 * @generated
	 */
	String getEquation();

	/**
	 * Sets the value of the '{@link org.synergos.model.Flow#getEquation <em>Equation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Equation</em>' attribute.
	 * @see #getEquation()
	 * @generated
	 */
	void setEquation(String value);

} // Flow
