/**
 */
package org.synergos.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.synergos.model.Construct;
import org.synergos.model.StructuralPath;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Structural Path</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.StructuralPathImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.synergos.model.impl.StructuralPathImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.synergos.model.impl.StructuralPathImpl#getParameterLabel <em>Parameter Label</em>}</li>
 *   <li>{@link org.synergos.model.impl.StructuralPathImpl#getFixedValue <em>Fixed Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StructuralPathImpl extends HypothesisImpl implements StructuralPath {
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
	protected StructuralPathImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.STRUCTURAL_PATH;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.STRUCTURAL_PATH__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.STRUCTURAL_PATH__SOURCE, oldSource, source));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.STRUCTURAL_PATH__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.STRUCTURAL_PATH__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.STRUCTURAL_PATH__PARAMETER_LABEL, oldParameterLabel, parameterLabel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.STRUCTURAL_PATH__FIXED_VALUE, oldFixedValue, fixedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.STRUCTURAL_PATH__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case SynergosPackage.STRUCTURAL_PATH__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case SynergosPackage.STRUCTURAL_PATH__PARAMETER_LABEL:
				return getParameterLabel();
			case SynergosPackage.STRUCTURAL_PATH__FIXED_VALUE:
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
			case SynergosPackage.STRUCTURAL_PATH__SOURCE:
				setSource((Construct)newValue);
				return;
			case SynergosPackage.STRUCTURAL_PATH__TARGET:
				setTarget((Construct)newValue);
				return;
			case SynergosPackage.STRUCTURAL_PATH__PARAMETER_LABEL:
				setParameterLabel((String)newValue);
				return;
			case SynergosPackage.STRUCTURAL_PATH__FIXED_VALUE:
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
			case SynergosPackage.STRUCTURAL_PATH__SOURCE:
				setSource((Construct)null);
				return;
			case SynergosPackage.STRUCTURAL_PATH__TARGET:
				setTarget((Construct)null);
				return;
			case SynergosPackage.STRUCTURAL_PATH__PARAMETER_LABEL:
				setParameterLabel(PARAMETER_LABEL_EDEFAULT);
				return;
			case SynergosPackage.STRUCTURAL_PATH__FIXED_VALUE:
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
			case SynergosPackage.STRUCTURAL_PATH__SOURCE:
				return source != null;
			case SynergosPackage.STRUCTURAL_PATH__TARGET:
				return target != null;
			case SynergosPackage.STRUCTURAL_PATH__PARAMETER_LABEL:
				return PARAMETER_LABEL_EDEFAULT == null ? parameterLabel != null : !PARAMETER_LABEL_EDEFAULT.equals(parameterLabel);
			case SynergosPackage.STRUCTURAL_PATH__FIXED_VALUE:
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

} //StructuralPathImpl
