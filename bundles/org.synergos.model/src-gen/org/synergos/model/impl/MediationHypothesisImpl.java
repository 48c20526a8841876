/**
 */
package org.synergos.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.synergos.model.Construct;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mediation Hypothesis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.MediationHypothesisImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.synergos.model.impl.MediationHypothesisImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.synergos.model.impl.MediationHypothesisImpl#getMediators <em>Mediators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MediationHypothesisImpl extends HypothesisImpl implements MediationHypothesis {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Construct source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Construct target;

	/**
	 * The cached value of the '{@link #getMediators() <em>Mediators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediators()
	 * @generated
	 * @ordered
	 */
	protected EList<Construct> mediators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MediationHypothesisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.MEDIATION_HYPOTHESIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Construct getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Construct)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.MEDIATION_HYPOTHESIS__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Construct basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Construct newSource) {
		Construct oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.MEDIATION_HYPOTHESIS__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Construct getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Construct)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.MEDIATION_HYPOTHESIS__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Construct basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Construct newTarget) {
		Construct oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.MEDIATION_HYPOTHESIS__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Construct> getMediators() {
		if (mediators == null) {
			mediators = new EObjectResolvingEList<Construct>(Construct.class, this, SynergosPackage.MEDIATION_HYPOTHESIS__MEDIATORS);
		}
		return mediators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.MEDIATION_HYPOTHESIS__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case SynergosPackage.MEDIATION_HYPOTHESIS__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case SynergosPackage.MEDIATION_HYPOTHESIS__MEDIATORS:
				return getMediators();
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
			case SynergosPackage.MEDIATION_HYPOTHESIS__SOURCE:
				setSource((Construct)newValue);
				return;
			case SynergosPackage.MEDIATION_HYPOTHESIS__TARGET:
				setTarget((Construct)newValue);
				return;
			case SynergosPackage.MEDIATION_HYPOTHESIS__MEDIATORS:
				getMediators().clear();
				getMediators().addAll((Collection<? extends Construct>)newValue);
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
			case SynergosPackage.MEDIATION_HYPOTHESIS__SOURCE:
				setSource((Construct)null);
				return;
			case SynergosPackage.MEDIATION_HYPOTHESIS__TARGET:
				setTarget((Construct)null);
				return;
			case SynergosPackage.MEDIATION_HYPOTHESIS__MEDIATORS:
				getMediators().clear();
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
			case SynergosPackage.MEDIATION_HYPOTHESIS__SOURCE:
				return source != null;
			case SynergosPackage.MEDIATION_HYPOTHESIS__TARGET:
				return target != null;
			case SynergosPackage.MEDIATION_HYPOTHESIS__MEDIATORS:
				return mediators != null && !mediators.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //MediationHypothesisImpl
