/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Auxiliary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A variable computed from others at each time by its equation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Auxiliary#getEquation <em>Equation</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getAuxiliary()
 * @model
 * @generated
 */
public interface Auxiliary extends SdVariable {
	/**
	 * Returns the value of the '<em><b>Equation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equation</em>' attribute.
	 * @see #setEquation(String)
	 * @see org.synergos.model.SynergosPackage#getAuxiliary_Equation()
	 * @model
	 * @generated
	 */
	String getEquation();

	/**
	 * Sets the value of the '{@link org.synergos.model.Auxiliary#getEquation <em>Equation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Equation</em>' attribute.
	 * @see #getEquation()
	 * @generated
	 */
	void setEquation(String value);

} // Auxiliary
