/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Production Factor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An argument of a production function (symbol C, R, T or I).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.ProductionFactor#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.synergos.model.ProductionFactor#getConstructs <em>Constructs</em>}</li>
 *   <li>{@link org.synergos.model.ProductionFactor#getIndices <em>Indices</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getProductionFactor()
 * @model
 * @generated
 */
public interface ProductionFactor extends Named {
	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(String)
	 * @see org.synergos.model.SynergosPackage#getProductionFactor_Symbol()
	 * @model
	 * @generated
	 */
	String getSymbol();

	/**
	 * Sets the value of the '{@link org.synergos.model.ProductionFactor#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Constructs</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Construct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constructs</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getProductionFactor_Constructs()
	 * @model
	 * @generated
	 */
	EList<Construct> getConstructs();

	/**
	 * Returns the value of the '<em><b>Indices</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Index}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indices</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getProductionFactor_Indices()
	 * @model
	 * @generated
	 */
	EList<Index> getIndices();

} // ProductionFactor
