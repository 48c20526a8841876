/**
 */
package org.synergos.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.synergos.model.Identified;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reported Statistic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.ReportedStatisticImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.synergos.model.impl.ReportedStatisticImpl#getSubjectLabel <em>Subject Label</em>}</li>
 *   <li>{@link org.synergos.model.impl.ReportedStatisticImpl#getStatistic <em>Statistic</em>}</li>
 *   <li>{@link org.synergos.model.impl.ReportedStatisticImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.synergos.model.impl.ReportedStatisticImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportedStatisticImpl extends IdentifiedImpl implements ReportedStatistic {
	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected Identified subject;

	/**
	 * The default value of the '{@link #getSubjectLabel() <em>Subject Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectLabel() <em>Subject Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectLabel()
	 * @generated
	 * @ordered
	 */
	protected String subjectLabel = SUBJECT_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatistic() <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatistic()
	 * @generated
	 * @ordered
	 */
	protected static final String STATISTIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatistic() <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatistic()
	 * @generated
	 * @ordered
	 */
	protected String statistic = STATISTIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportedStatisticImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.REPORTED_STATISTIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identified getSubject() {
		if (subject != null && subject.eIsProxy()) {
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (Identified)eResolveProxy(oldSubject);
			if (subject != oldSubject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.REPORTED_STATISTIC__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Identified basicGetSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(Identified newSubject) {
		Identified oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.REPORTED_STATISTIC__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectLabel() {
		return subjectLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectLabel(String newSubjectLabel) {
		String oldSubjectLabel = subjectLabel;
		subjectLabel = newSubjectLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.REPORTED_STATISTIC__SUBJECT_LABEL, oldSubjectLabel, subjectLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatistic() {
		return statistic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatistic(String newStatistic) {
		String oldStatistic = statistic;
		statistic = newStatistic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.REPORTED_STATISTIC__STATISTIC, oldStatistic, statistic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.REPORTED_STATISTIC__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.REPORTED_STATISTIC__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.REPORTED_STATISTIC__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case SynergosPackage.REPORTED_STATISTIC__SUBJECT_LABEL:
				return getSubjectLabel();
			case SynergosPackage.REPORTED_STATISTIC__STATISTIC:
				return getStatistic();
			case SynergosPackage.REPORTED_STATISTIC__VALUE:
				return getValue();
			case SynergosPackage.REPORTED_STATISTIC__SOURCE:
				return getSource();
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
			case SynergosPackage.REPORTED_STATISTIC__SUBJECT:
				setSubject((Identified)newValue);
				return;
			case SynergosPackage.REPORTED_STATISTIC__SUBJECT_LABEL:
				setSubjectLabel((String)newValue);
				return;
			case SynergosPackage.REPORTED_STATISTIC__STATISTIC:
				setStatistic((String)newValue);
				return;
			case SynergosPackage.REPORTED_STATISTIC__VALUE:
				setValue((Double)newValue);
				return;
			case SynergosPackage.REPORTED_STATISTIC__SOURCE:
				setSource((String)newValue);
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
			case SynergosPackage.REPORTED_STATISTIC__SUBJECT:
				setSubject((Identified)null);
				return;
			case SynergosPackage.REPORTED_STATISTIC__SUBJECT_LABEL:
				setSubjectLabel(SUBJECT_LABEL_EDEFAULT);
				return;
			case SynergosPackage.REPORTED_STATISTIC__STATISTIC:
				setStatistic(STATISTIC_EDEFAULT);
				return;
			case SynergosPackage.REPORTED_STATISTIC__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case SynergosPackage.REPORTED_STATISTIC__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case SynergosPackage.REPORTED_STATISTIC__SUBJECT:
				return subject != null;
			case SynergosPackage.REPORTED_STATISTIC__SUBJECT_LABEL:
				return SUBJECT_LABEL_EDEFAULT == null ? subjectLabel != null : !SUBJECT_LABEL_EDEFAULT.equals(subjectLabel);
			case SynergosPackage.REPORTED_STATISTIC__STATISTIC:
				return STATISTIC_EDEFAULT == null ? statistic != null : !STATISTIC_EDEFAULT.equals(statistic);
			case SynergosPackage.REPORTED_STATISTIC__VALUE:
				return value != VALUE_EDEFAULT;
			case SynergosPackage.REPORTED_STATISTIC__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
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
		result.append(" (subjectLabel: ");
		result.append(subjectLabel);
		result.append(", statistic: ");
		result.append(statistic);
		result.append(", value: ");
		result.append(value);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //ReportedStatisticImpl
