/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lookup Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table (lookup) function y = f(x) given by points with ascending x; equations call it by name; outside the points it keeps the end values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.LookupTable#getXValues <em>XValues</em>}</li>
 *   <li>{@link org.synergos.model.LookupTable#getYValues <em>YValues</em>}</li>
 *   <li>{@link org.synergos.model.LookupTable#getInterpolation <em>Interpolation</em>}</li>
 *   <li>{@link org.synergos.model.LookupTable#getInputUnits <em>Input Units</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getLookupTable()
 * @model
 * @generated
 */
public interface LookupTable extends SdVariable {
	/**
	 * Returns the value of the '<em><b>XValues</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XValues</em>' attribute list.
	 * @see org.synergos.model.SynergosPackage#getLookupTable_XValues()
	 * @model
	 * @generated
	 */
	EList<Double> getXValues();

	/**
	 * Returns the value of the '<em><b>YValues</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>YValues</em>' attribute list.
	 * @see org.synergos.model.SynergosPackage#getLookupTable_YValues()
	 * @model
	 * @generated
	 */
	EList<Double> getYValues();

	/**
	 * Returns the value of the '<em><b>Interpolation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.LookupInterpolation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interpolation</em>' attribute.
	 * @see org.synergos.model.LookupInterpolation
	 * @see #setInterpolation(LookupInterpolation)
	 * @see org.synergos.model.SynergosPackage#getLookupTable_Interpolation()
	 * @model
	 * @generated
	 */
	LookupInterpolation getInterpolation();

	/**
	 * Sets the value of the '{@link org.synergos.model.LookupTable#getInterpolation <em>Interpolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interpolation</em>' attribute.
	 * @see org.synergos.model.LookupInterpolation
	 * @see #getInterpolation()
	 * @generated
	 */
	void setInterpolation(LookupInterpolation value);

	/**
	 * Returns the value of the '<em><b>Input Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Units</em>' attribute.
	 * @see #setInputUnits(String)
	 * @see org.synergos.model.SynergosPackage#getLookupTable_InputUnits()
	 * @model
	 * @generated
	 */
	String getInputUnits();

	/**
	 * Sets the value of the '{@link org.synergos.model.LookupTable#getInputUnits <em>Input Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Units</em>' attribute.
	 * @see #getInputUnits()
	 * @generated
	 */
	void setInputUnits(String value);

} // LookupTable
