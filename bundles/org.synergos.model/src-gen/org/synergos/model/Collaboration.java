/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Collaboration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A collaboration between actors (source to target, plus further participants).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Collaboration#getKind <em>Kind</em>}</li>
 *   <li>{@link org.synergos.model.Collaboration#getSource <em>Source</em>}</li>
 *   <li>{@link org.synergos.model.Collaboration#getTarget <em>Target</em>}</li>
 *   <li>{@link org.synergos.model.Collaboration#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.synergos.model.Collaboration#getRevenueShares <em>Revenue Shares</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getCollaboration()
 * @model
 * @generated
 */
public interface Collaboration extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.CollaborationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.CollaborationKind
	 * @see #setKind(CollaborationKind)
	 * @see org.synergos.model.SynergosPackage#getCollaboration_Kind()
	 * @model
	 * @generated
	 */
	CollaborationKind getKind();

	/**
	 * Sets the value of the '{@link org.synergos.model.Collaboration#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.CollaborationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CollaborationKind value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Actor)
	 * @see org.synergos.model.SynergosPackage#getCollaboration_Source()
	 * @model
	 * @generated
	 */
	Actor getSource();

	/**
	 * Sets the value of the '{@link org.synergos.model.Collaboration#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Actor value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Actor)
	 * @see org.synergos.model.SynergosPackage#getCollaboration_Target()
	 * @model
	 * @generated
	 */
	Actor getTarget();

	/**
	 * Sets the value of the '{@link org.synergos.model.Collaboration#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Actor value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getCollaboration_Participants()
	 * @model
	 * @generated
	 */
	EList<Actor> getParticipants();

	/**
	 * Returns the value of the '<em><b>Revenue Shares</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.RevenueShare}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revenue Shares</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getCollaboration_RevenueShares()
	 * @model containment="true"
	 * @generated
	 */
	EList<RevenueShare> getRevenueShares();

} // Collaboration
