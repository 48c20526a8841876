/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The value a scenario gives a parameter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.ParameterOverride#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.synergos.model.ParameterOverride#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getParameterOverride()
 * @model
 * @generated
 */
public interface ParameterOverride extends Identified {
	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' reference.
	 * @see #setParameter(SimulationParameter)
	 * @see org.synergos.model.SynergosPackage#getParameterOverride_Parameter()
	 * @model
	 * @generated
	 */
	SimulationParameter getParameter();

	/**
	 * Sets the value of the '{@link org.synergos.model.ParameterOverride#getParameter <em>Parameter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' reference.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(SimulationParameter value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.synergos.model.SynergosPackage#getParameterOverride_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.synergos.model.ParameterOverride#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

} // ParameterOverride
