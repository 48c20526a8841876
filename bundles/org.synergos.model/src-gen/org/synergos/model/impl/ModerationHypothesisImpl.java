/**
 */
package org.synergos.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.synergos.model.Construct;
import org.synergos.model.ModerationHypothesis;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Moderation Hypothesis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.ModerationHypothesisImpl#getPredictor <em>Predictor</em>}</li>
 *   <li>{@link org.synergos.model.impl.ModerationHypothesisImpl#getModerator <em>Moderator</em>}</li>
 *   <li>{@link org.synergos.model.impl.ModerationHypothesisImpl#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModerationHypothesisImpl extends HypothesisImpl implements ModerationHypothesis {
	/**
	 * The cached value of the '{@link #getPredictor() <em>Predictor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredictor()
	 * @generated
	 * @ordered
	 */
	protected Construct predictor;

	/**
	 * The cached value of the '{@link #getModerator() <em>Moderator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModerator()
	 * @generated
	 * @ordered
	 */
	protected Construct moderator;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModerationHypothesisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.MODERATION_HYPOTHESIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Construct getPredictor() {
		if (predictor != null && predictor.eIsProxy()) {
			InternalEObject oldPredictor = (InternalEObject)predictor;
			predictor = (Construct)eResolveProxy(oldPredictor);
			if (predictor != oldPredictor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.MODERATION_HYPOTHESIS__PREDICTOR, oldPredictor, predictor));
			}
		}
		return predictor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Construct basicGetPredictor() {
		return predictor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredictor(Construct newPredictor) {
		Construct oldPredictor = predictor;
		predictor = newPredictor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.MODERATION_HYPOTHESIS__PREDICTOR, oldPredictor, predictor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Construct getModerator() {
		if (moderator != null && moderator.eIsProxy()) {
			InternalEObject oldModerator = (InternalEObject)moderator;
			moderator = (Construct)eResolveProxy(oldModerator);
			if (moderator != oldModerator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.MODERATION_HYPOTHESIS__MODERATOR, oldModerator, moderator));
			}
		}
		return moderator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Construct basicGetModerator() {
		return moderator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModerator(Construct newModerator) {
		Construct oldModerator = moderator;
		moderator = newModerator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.MODERATION_HYPOTHESIS__MODERATOR, oldModerator, moderator));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.MODERATION_HYPOTHESIS__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.MODERATION_HYPOTHESIS__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.MODERATION_HYPOTHESIS__PREDICTOR:
				if (resolve) return getPredictor();
				return basicGetPredictor();
			case SynergosPackage.MODERATION_HYPOTHESIS__MODERATOR:
				if (resolve) return getModerator();
				return basicGetModerator();
			case SynergosPackage.MODERATION_HYPOTHESIS__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SynergosPackage.MODERATION_HYPOTHESIS__PREDICTOR:
				setPredictor((Construct)newValue);
				return;
			case SynergosPackage.MODERATION_HYPOTHESIS__MODERATOR:
				setModerator((Construct)newValue);
				return;
			case SynergosPackage.MODERATION_HYPOTHESIS__TARGET:
				setTarget((Construct)newValue);
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
			case SynergosPackage.MODERATION_HYPOTHESIS__PREDICTOR:
				setPredictor((Construct)null);
				return;
			case SynergosPackage.MODERATION_HYPOTHESIS__MODERATOR:
				setModerator((Construct)null);
				return;
			case SynergosPackage.MODERATION_HYPOTHESIS__TARGET:
				setTarget((Construct)null);
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
			case SynergosPackage.MODERATION_HYPOTHESIS__PREDICTOR:
				return predictor != null;
			case SynergosPackage.MODERATION_HYPOTHESIS__MODERATOR:
				return moderator != null;
			case SynergosPackage.MODERATION_HYPOTHESIS__TARGET:
				return target != null;
		}
		return super.eIsSet(featureID);
	}

} //ModerationHypothesisImpl
