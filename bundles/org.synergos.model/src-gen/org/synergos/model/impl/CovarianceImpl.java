/**
 */
package org.synergos.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.synergos.model.Covariance;
import org.synergos.model.SynergosPackage;
import org.synergos.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Covariance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.CovarianceImpl#getLeft <em>Left</em>}</li>
 *   <li>{@link org.synergos.model.impl.CovarianceImpl#getRight <em>Right</em>}</li>
 *   <li>{@link org.synergos.model.impl.CovarianceImpl#getParameterLabel <em>Parameter Label</em>}</li>
 *   <li>{@link org.synergos.model.impl.CovarianceImpl#getFixedValue <em>Fixed Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CovarianceImpl extends IdentifiedImpl implements Covariance {
	/**
	 * The cached value of the '{@link #getLeft() <em>Left</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeft()
	 * @generated
	 * @ordered
	 */
	protected Variable left;

	/**
	 * The cached value of the '{@link #getRight() <em>Right</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRight()
	 * @generated
	 * @ordered
	 */
	protected Variable right;

	/**
	 * The default value of the '{@link #getParameterLabel() <em>Parameter Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameterLabel() <em>Parameter Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterLabel()
	 * @generated
	 * @ordered
	 */
	protected String parameterLabel = PARAMETER_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixedValue() <em>Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double FIXED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFixedValue() <em>Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedValue()
	 * @generated
	 * @ordered
	 */
	protected Double fixedValue = FIXED_VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CovarianceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.COVARIANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getLeft() {
		if (left != null && left.eIsProxy()) {
			InternalEObject oldLeft = (InternalEObject)left;
			left = (Variable)eResolveProxy(oldLeft);
			if (left != oldLeft) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.COVARIANCE__LEFT, oldLeft, left));
			}
		}
		return left;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Variable basicGetLeft() {
		return left;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeft(Variable newLeft) {
		Variable oldLeft = left;
		left = newLeft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.COVARIANCE__LEFT, oldLeft, left));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getRight() {
		if (right != null && right.eIsProxy()) {
			InternalEObject oldRight = (InternalEObject)right;
			right = (Variable)eResolveProxy(oldRight);
			if (right != oldRight) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.COVARIANCE__RIGHT, oldRight, right));
			}
		}
		return right;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Variable basicGetRight() {
		return right;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRight(Variable newRight) {
		Variable oldRight = right;
		right = newRight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.COVARIANCE__RIGHT, oldRight, right));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameterLabel() {
		return parameterLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameterLabel(String newParameterLabel) {
		String oldParameterLabel = parameterLabel;
		parameterLabel = newParameterLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.COVARIANCE__PARAMETER_LABEL, oldParameterLabel, parameterLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getFixedValue() {
		return fixedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedValue(Double newFixedValue) {
		Double oldFixedValue = fixedValue;
		fixedValue = newFixedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.COVARIANCE__FIXED_VALUE, oldFixedValue, fixedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.COVARIANCE__LEFT:
				if (resolve) return getLeft();
				return basicGetLeft();
			case SynergosPackage.COVARIANCE__RIGHT:
				if (resolve) return getRight();
				return basicGetRight();
			case SynergosPackage.COVARIANCE__PARAMETER_LABEL:
				return getParameterLabel();
			case SynergosPackage.COVARIANCE__FIXED_VALUE:
				return getFixedValue();
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
			case SynergosPackage.COVARIANCE__LEFT:
				setLeft((Variable)newValue);
				return;
			case SynergosPackage.COVARIANCE__RIGHT:
				setRight((Variable)newValue);
				return;
			case SynergosPackage.COVARIANCE__PARAMETER_LABEL:
				setParameterLabel((String)newValue);
				return;
			case SynergosPackage.COVARIANCE__FIXED_VALUE:
				setFixedValue((Double)newValue);
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
			case SynergosPackage.COVARIANCE__LEFT:
				setLeft((Variable)null);
				return;
			case SynergosPackage.COVARIANCE__RIGHT:
				setRight((Variable)null);
				return;
			case SynergosPackage.COVARIANCE__PARAMETER_LABEL:
				setParameterLabel(PARAMETER_LABEL_EDEFAULT);
				return;
			case SynergosPackage.COVARIANCE__FIXED_VALUE:
				setFixedValue(FIXED_VALUE_EDEFAULT);
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
			case SynergosPackage.COVARIANCE__LEFT:
				return left != null;
			case SynergosPackage.COVARIANCE__RIGHT:
				return right != null;
			case SynergosPackage.COVARIANCE__PARAMETER_LABEL:
				return PARAMETER_LABEL_EDEFAULT == null ? parameterLabel != null : !PARAMETER_LABEL_EDEFAULT.equals(parameterLabel);
			case SynergosPackage.COVARIANCE__FIXED_VALUE:
				return FIXED_VALUE_EDEFAULT == null ? fixedValue != null : !FIXED_VALUE_EDEFAULT.equals(fixedValue);
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
		result.append(" (parameterLabel: ");
		result.append(parameterLabel);
		result.append(", fixedValue: ");
		result.append(fixedValue);
		result.append(')');
		return result.toString();
	}

} //CovarianceImpl
