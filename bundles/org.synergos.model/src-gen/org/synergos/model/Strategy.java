/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A path/strategy addressing problems (technological transition, factor reset ...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Strategy#getKind <em>Kind</em>}</li>
 *   <li>{@link org.synergos.model.Strategy#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.synergos.model.Strategy#getActors <em>Actors</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getStrategy()
 * @model
 * @generated
 */
public interface Strategy extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.StrategyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.StrategyKind
	 * @see #setKind(StrategyKind)
	 * @see org.synergos.model.SynergosPackage#getStrategy_Kind()
	 * @model
	 * @generated
	 */
	StrategyKind getKind();

	/**
	 * Sets the value of the '{@link org.synergos.model.Strategy#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.StrategyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StrategyKind value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Problem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getStrategy_Addresses()
	 * @model
	 * @generated
	 */
	EList<Problem> getAddresses();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getStrategy_Actors()
	 * @model
	 * @generated
	 */
	EList<Actor> getActors();

} // Strategy
