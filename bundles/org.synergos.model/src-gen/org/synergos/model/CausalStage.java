/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Causal Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of a causal map, e.g. knowledge creation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.CausalStage#getOrder <em>Order</em>}</li>
 *   <li>{@link org.synergos.model.CausalStage#getConstructs <em>Constructs</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getCausalStage()
 * @model
 * @generated
 */
public interface CausalStage extends Named {
	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.synergos.model.SynergosPackage#getCausalStage_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.synergos.model.CausalStage#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Constructs</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Construct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constructs</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getCausalStage_Constructs()
	 * @model
	 * @generated
	 */
	EList<Construct> getConstructs();

} // CausalStage
