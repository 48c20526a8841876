/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sd Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named quantity of a system dynamics model: equations refer to it by name; units are a product of named units with exponents (e.g. people/year); observedColumn names its column in the observed data (the analysis's data source).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.SdVariable#getUnits <em>Units</em>}</li>
 *   <li>{@link org.synergos.model.SdVariable#getObservedColumn <em>Observed Column</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getSdVariable()
 * @model abstract="true"
 * @generated
 */
public interface SdVariable extends Named {
	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see #setUnits(String)
	 * @see org.synergos.model.SynergosPackage#getSdVariable_Units()
	 * @model
	 * @generated
	 */
	String getUnits();

	/**
	 * Sets the value of the '{@link org.synergos.model.SdVariable#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(String value);

	/**
	 * Returns the value of the '<em><b>Observed Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Column</em>' attribute.
	 * @see #setObservedColumn(String)
	 * @see org.synergos.model.SynergosPackage#getSdVariable_ObservedColumn()
	 * @model
	 * @generated
	 */
	String getObservedColumn();

	/**
	 * Sets the value of the '{@link org.synergos.model.SdVariable#getObservedColumn <em>Observed Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Column</em>' attribute.
	 * @see #getObservedColumn()
	 * @generated
	 */
	void setObservedColumn(String value);

} // SdVariable
