/**
 */
package org.synergos.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.synergos.model.Actor;
import org.synergos.model.Collaboration;
import org.synergos.model.CollaborationKind;
import org.synergos.model.RevenueShare;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Collaboration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.CollaborationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.synergos.model.impl.CollaborationImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.synergos.model.impl.CollaborationImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.synergos.model.impl.CollaborationImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.synergos.model.impl.CollaborationImpl#getRevenueShares <em>Revenue Shares</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CollaborationImpl extends NamedImpl implements Collaboration {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CollaborationKind KIND_EDEFAULT = CollaborationKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CollaborationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Actor source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Actor target;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> participants;

	/**
	 * The cached value of the '{@link #getRevenueShares() <em>Revenue Shares</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenueShares()
	 * @generated
	 * @ordered
	 */
	protected EList<RevenueShare> revenueShares;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CollaborationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.COLLABORATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CollaborationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CollaborationKind newKind) {
		CollaborationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.COLLABORATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Actor)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.COLLABORATION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Actor newSource) {
		Actor oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.COLLABORATION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Actor)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.COLLABORATION__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Actor newTarget) {
		Actor oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.COLLABORATION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getParticipants() {
		if (participants == null) {
			participants = new EObjectResolvingEList<Actor>(Actor.class, this, SynergosPackage.COLLABORATION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RevenueShare> getRevenueShares() {
		if (revenueShares == null) {
			revenueShares = new EObjectContainmentEList<RevenueShare>(RevenueShare.class, this, SynergosPackage.COLLABORATION__REVENUE_SHARES);
		}
		return revenueShares;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SynergosPackage.COLLABORATION__REVENUE_SHARES:
				return ((InternalEList<?>)getRevenueShares()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.COLLABORATION__KIND:
				return getKind();
			case SynergosPackage.COLLABORATION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case SynergosPackage.COLLABORATION__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case SynergosPackage.COLLABORATION__PARTICIPANTS:
				return getParticipants();
			case SynergosPackage.COLLABORATION__REVENUE_SHARES:
				return getRevenueShares();
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
			case SynergosPackage.COLLABORATION__KIND:
				setKind((CollaborationKind)newValue);
				return;
			case SynergosPackage.COLLABORATION__SOURCE:
				setSource((Actor)newValue);
				return;
			case SynergosPackage.COLLABORATION__TARGET:
				setTarget((Actor)newValue);
				return;
			case SynergosPackage.COLLABORATION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Actor>)newValue);
				return;
			case SynergosPackage.COLLABORATION__REVENUE_SHARES:
				getRevenueShares().clear();
				getRevenueShares().addAll((Collection<? extends RevenueShare>)newValue);
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
			case SynergosPackage.COLLABORATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SynergosPackage.COLLABORATION__SOURCE:
				setSource((Actor)null);
				return;
			case SynergosPackage.COLLABORATION__TARGET:
				setTarget((Actor)null);
				return;
			case SynergosPackage.COLLABORATION__PARTICIPANTS:
				getParticipants().clear();
				return;
			case SynergosPackage.COLLABORATION__REVENUE_SHARES:
				getRevenueShares().clear();
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
			case SynergosPackage.COLLABORATION__KIND:
				return kind != KIND_EDEFAULT;
			case SynergosPackage.COLLABORATION__SOURCE:
				return source != null;
			case SynergosPackage.COLLABORATION__TARGET:
				return target != null;
			case SynergosPackage.COLLABORATION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case SynergosPackage.COLLABORATION__REVENUE_SHARES:
				return revenueShares != null && !revenueShares.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //CollaborationImpl
