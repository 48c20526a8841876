/**
 */
package org.synergos.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.ActorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.synergos.model.impl.ActorImpl#getSubkind <em>Subkind</em>}</li>
 *   <li>{@link org.synergos.model.impl.ActorImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.synergos.model.impl.ActorImpl#getResponsibilities <em>Responsibilities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActorImpl extends NamedImpl implements Actor {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ActorKind KIND_EDEFAULT = ActorKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ActorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubkind() <em>Subkind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubkind()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBKIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubkind() <em>Subkind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubkind()
	 * @generated
	 * @ordered
	 */
	protected String subkind = SUBKIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> roles;

	/**
	 * The cached value of the '{@link #getResponsibilities() <em>Responsibilities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibilities()
	 * @generated
	 * @ordered
	 */
	protected EList<String> responsibilities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.ACTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ActorKind newKind) {
		ActorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.ACTOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubkind() {
		return subkind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubkind(String newSubkind) {
		String oldSubkind = subkind;
		subkind = newSubkind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.ACTOR__SUBKIND, oldSubkind, subkind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRoles() {
		if (roles == null) {
			roles = new EDataTypeUniqueEList<String>(String.class, this, SynergosPackage.ACTOR__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getResponsibilities() {
		if (responsibilities == null) {
			responsibilities = new EDataTypeUniqueEList<String>(String.class, this, SynergosPackage.ACTOR__RESPONSIBILITIES);
		}
		return responsibilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.ACTOR__KIND:
				return getKind();
			case SynergosPackage.ACTOR__SUBKIND:
				return getSubkind();
			case SynergosPackage.ACTOR__ROLES:
				return getRoles();
			case SynergosPackage.ACTOR__RESPONSIBILITIES:
				return getResponsibilities();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SynergosPackage.ACTOR__KIND:
				setKind((ActorKind)newValue);
				return;
			case SynergosPackage.ACTOR__SUBKIND:
				setSubkind((String)newValue);
				return;
			case SynergosPackage.ACTOR__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends String>)newValue);
				return;
			case SynergosPackage.ACTOR__RESPONSIBILITIES:
				getResponsibilities().clear();
				getResponsibilities().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SynergosPackage.ACTOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SynergosPackage.ACTOR__SUBKIND:
				setSubkind(SUBKIND_EDEFAULT);
				return;
			case SynergosPackage.ACTOR__ROLES:
				getRoles().clear();
				return;
			case SynergosPackage.ACTOR__RESPONSIBILITIES:
				getResponsibilities().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SynergosPackage.ACTOR__KIND:
				return kind != KIND_EDEFAULT;
			case SynergosPackage.ACTOR__SUBKIND:
				return SUBKIND_EDEFAULT == null ? subkind != null : !SUBKIND_EDEFAULT.equals(subkind);
			case SynergosPackage.ACTOR__ROLES:
				return roles != null && !roles.isEmpty();
			case SynergosPackage.ACTOR__RESPONSIBILITIES:
				return responsibilities != null && !responsibilities.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", subkind: ");
		result.append(subkind);
		result.append(", roles: ");
		result.append(roles);
		result.append(", responsibilities: ");
		result.append(responsibilities);
		result.append(')');
		return result.toString();
	}

} //ActorImpl
