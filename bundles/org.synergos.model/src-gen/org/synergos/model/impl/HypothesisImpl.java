/**
 */
package org.synergos.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.synergos.model.ExpectedSign;
import org.synergos.model.Hypothesis;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hypothesis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.HypothesisImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.synergos.model.impl.HypothesisImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.synergos.model.impl.HypothesisImpl#getExpectedSign <em>Expected Sign</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class HypothesisImpl extends IdentifiedImpl implements Hypothesis {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedSign() <em>Expected Sign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedSign()
	 * @generated
	 * @ordered
	 */
	protected static final ExpectedSign EXPECTED_SIGN_EDEFAULT = ExpectedSign.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getExpectedSign() <em>Expected Sign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedSign()
	 * @generated
	 * @ordered
	 */
	protected ExpectedSign expectedSign = EXPECTED_SIGN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HypothesisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.HYPOTHESIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.HYPOTHESIS__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.HYPOTHESIS__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectedSign getExpectedSign() {
		return expectedSign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedSign(ExpectedSign newExpectedSign) {
		ExpectedSign oldExpectedSign = expectedSign;
		expectedSign = newExpectedSign == null ? EXPECTED_SIGN_EDEFAULT : newExpectedSign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.HYPOTHESIS__EXPECTED_SIGN, oldExpectedSign, expectedSign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.HYPOTHESIS__LABEL:
				return getLabel();
			case SynergosPackage.HYPOTHESIS__DESCRIPTION:
				return getDescription();
			case SynergosPackage.HYPOTHESIS__EXPECTED_SIGN:
				return getExpectedSign();
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
			case SynergosPackage.HYPOTHESIS__LABEL:
				setLabel((String)newValue);
				return;
			case SynergosPackage.HYPOTHESIS__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SynergosPackage.HYPOTHESIS__EXPECTED_SIGN:
				setExpectedSign((ExpectedSign)newValue);
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
			case SynergosPackage.HYPOTHESIS__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case SynergosPackage.HYPOTHESIS__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SynergosPackage.HYPOTHESIS__EXPECTED_SIGN:
				setExpectedSign(EXPECTED_SIGN_EDEFAULT);
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
			case SynergosPackage.HYPOTHESIS__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case SynergosPackage.HYPOTHESIS__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SynergosPackage.HYPOTHESIS__EXPECTED_SIGN:
				return expectedSign != EXPECTED_SIGN_EDEFAULT;
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
		result.append(" (label: ");
		result.append(label);
		result.append(", description: ");
		result.append(description);
		result.append(", expectedSign: ");
		result.append(expectedSign);
		result.append(')');
		return result.toString();
	}

} //HypothesisImpl
