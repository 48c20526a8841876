/**
 */
package org.synergos.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Revenue Share</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Share of collaboration revenue going to an actor or a named party (e.g. 30% teams).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.RevenueShare#getActor <em>Actor</em>}</li>
 *   <li>{@link org.synergos.model.RevenueShare#getParty <em>Party</em>}</li>
 *   <li>{@link org.synergos.model.RevenueShare#getPercent <em>Percent</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getRevenueShare()
 * @model
 * @generated
 */
public interface RevenueShare extends EObject {
	/**
	 * Returns the value of the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' reference.
	 * @see #setActor(Actor)
	 * @see org.synergos.model.SynergosPackage#getRevenueShare_Actor()
	 * @model
	 * @generated
	 */
	Actor getActor();

	/**
	 * Sets the value of the '{@link org.synergos.model.RevenueShare#getActor <em>Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' reference.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(Actor value);

	/**
	 * Returns the value of the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Party</em>' attribute.
	 * @see #setParty(String)
	 * @see org.synergos.model.SynergosPackage#getRevenueShare_Party()
	 * @model
	 * @generated
	 */
	String getParty();

	/**
	 * Sets the value of the '{@link org.synergos.model.RevenueShare#getParty <em>Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Party</em>' attribute.
	 * @see #getParty()
	 * @generated
	 */
	void setParty(String value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(double)
	 * @see org.synergos.model.SynergosPackage#getRevenueShare_Percent()
	 * @model
	 * @generated
	 */
	double getPercent();

	/**
	 * Sets the value of the '{@link org.synergos.model.RevenueShare#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(double value);

} // RevenueShare
