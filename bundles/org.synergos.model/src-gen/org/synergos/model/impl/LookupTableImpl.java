/**
 */
package org.synergos.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.synergos.model.LookupInterpolation;
import org.synergos.model.LookupTable;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lookup Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.LookupTableImpl#getXValues <em>XValues</em>}</li>
 *   <li>{@link org.synergos.model.impl.LookupTableImpl#getYValues <em>YValues</em>}</li>
 *   <li>{@link org.synergos.model.impl.LookupTableImpl#getInterpolation <em>Interpolation</em>}</li>
 *   <li>{@link org.synergos.model.impl.LookupTableImpl#getInputUnits <em>Input Units</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LookupTableImpl extends SdVariableImpl implements LookupTable {
	/**
	 * The cached value of the '{@link #getXValues() <em>XValues</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> xValues;

	/**
	 * The cached value of the '{@link #getYValues() <em>YValues</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> yValues;

	/**
	 * The default value of the '{@link #getInterpolation() <em>Interpolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterpolation()
	 * @generated
	 * @ordered
	 */
	protected static final LookupInterpolation INTERPOLATION_EDEFAULT = LookupInterpolation.LINEAR;

	/**
	 * The cached value of the '{@link #getInterpolation() <em>Interpolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterpolation()
	 * @generated
	 * @ordered
	 */
	protected LookupInterpolation interpolation = INTERPOLATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputUnits() <em>Input Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputUnits() <em>Input Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputUnits()
	 * @generated
	 * @ordered
	 */
	protected String inputUnits = INPUT_UNITS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LookupTableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.LOOKUP_TABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getXValues() {
		if (xValues == null) {
			xValues = new EDataTypeUniqueEList<Double>(Double.class, this, SynergosPackage.LOOKUP_TABLE__XVALUES);
		}
		return xValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getYValues() {
		if (yValues == null) {
			yValues = new EDataTypeUniqueEList<Double>(Double.class, this, SynergosPackage.LOOKUP_TABLE__YVALUES);
		}
		return yValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LookupInterpolation getInterpolation() {
		return interpolation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterpolation(LookupInterpolation newInterpolation) {
		LookupInterpolation oldInterpolation = interpolation;
		interpolation = newInterpolation == null ? INTERPOLATION_EDEFAULT : newInterpolation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.LOOKUP_TABLE__INTERPOLATION, oldInterpolation, interpolation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputUnits() {
		return inputUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputUnits(String newInputUnits) {
		String oldInputUnits = inputUnits;
		inputUnits = newInputUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.LOOKUP_TABLE__INPUT_UNITS, oldInputUnits, inputUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.LOOKUP_TABLE__XVALUES:
				return getXValues();
			case SynergosPackage.LOOKUP_TABLE__YVALUES:
				return getYValues();
			case SynergosPackage.LOOKUP_TABLE__INTERPOLATION:
				return getInterpolation();
			case SynergosPackage.LOOKUP_TABLE__INPUT_UNITS:
				return getInputUnits();
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
			case SynergosPackage.LOOKUP_TABLE__XVALUES:
				getXValues().clear();
				getXValues().addAll((Collection<? extends Double>)newValue);
				return;
			case SynergosPackage.LOOKUP_TABLE__YVALUES:
				getYValues().clear();
				getYValues().addAll((Collection<? extends Double>)newValue);
				return;
			case SynergosPackage.LOOKUP_TABLE__INTERPOLATION:
				setInterpolation((LookupInterpolation)newValue);
				return;
			case SynergosPackage.LOOKUP_TABLE__INPUT_UNITS:
				setInputUnits((String)newValue);
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
			case SynergosPackage.LOOKUP_TABLE__XVALUES:
				getXValues().clear();
				return;
			case SynergosPackage.LOOKUP_TABLE__YVALUES:
				getYValues().clear();
				return;
			case SynergosPackage.LOOKUP_TABLE__INTERPOLATION:
				setInterpolation(INTERPOLATION_EDEFAULT);
				return;
			case SynergosPackage.LOOKUP_TABLE__INPUT_UNITS:
				setInputUnits(INPUT_UNITS_EDEFAULT);
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
			case SynergosPackage.LOOKUP_TABLE__XVALUES:
				return xValues != null && !xValues.isEmpty();
			case SynergosPackage.LOOKUP_TABLE__YVALUES:
				return yValues != null && !yValues.isEmpty();
			case SynergosPackage.LOOKUP_TABLE__INTERPOLATION:
				return interpolation != INTERPOLATION_EDEFAULT;
			case SynergosPackage.LOOKUP_TABLE__INPUT_UNITS:
				return INPUT_UNITS_EDEFAULT == null ? inputUnits != null : !INPUT_UNITS_EDEFAULT.equals(inputUnits);
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
		result.append(" (xValues: ");
		result.append(xValues);
		result.append(", yValues: ");
		result.append(yValues);
		result.append(", interpolation: ");
		result.append(interpolation);
		result.append(", inputUnits: ");
		result.append(inputUnits);
		result.append(')');
		return result.toString();
	}

} //LookupTableImpl
