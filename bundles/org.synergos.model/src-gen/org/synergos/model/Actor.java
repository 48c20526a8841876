/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An innovation subject (government, university, enterprise ...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Actor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.synergos.model.Actor#getSubkind <em>Subkind</em>}</li>
 *   <li>{@link org.synergos.model.Actor#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.synergos.model.Actor#getResponsibilities <em>Responsibilities</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getActor()
 * @model
 * @generated
 */
public interface Actor extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.ActorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.ActorKind
	 * @see #setKind(ActorKind)
	 * @see org.synergos.model.SynergosPackage#getActor_Kind()
	 * @model
	 * @generated
	 */
	ActorKind getKind();

	/**
	 * Sets the value of the '{@link org.synergos.model.Actor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.ActorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActorKind value);

	/**
	 * Returns the value of the '<em><b>Subkind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subkind</em>' attribute.
	 * @see #setSubkind(String)
	 * @see org.synergos.model.SynergosPackage#getActor_Subkind()
	 * @model
	 * @generated
	 */
	String getSubkind();

	/**
	 * Sets the value of the '{@link org.synergos.model.Actor#getSubkind <em>Subkind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subkind</em>' attribute.
	 * @see #getSubkind()
	 * @generated
	 */
	void setSubkind(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.synergos.model.SynergosPackage#getActor_Roles()
	 * @model
	 * @generated
	 */
	EList<String> getRoles();

	/**
	 * Returns the value of the '<em><b>Responsibilities</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsibilities</em>' attribute list.
	 * @see org.synergos.model.SynergosPackage#getActor_Responsibilities()
	 * @model
	 * @generated
	 */
	EList<String> getResponsibilities();

} // Actor
