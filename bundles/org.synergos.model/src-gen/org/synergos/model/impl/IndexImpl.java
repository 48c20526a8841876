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
import org.eclipse.emf.ecore.util.InternalEList;

import org.synergos.model.Construct;
import org.synergos.model.Index;
import org.synergos.model.IndexDirection;
import org.synergos.model.Observation;
import org.synergos.model.SummaryStatistics;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Index</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getInterpretation <em>Interpretation</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getDataSourceKind <em>Data Source Kind</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getConstruct <em>Construct</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndexImpl#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndexImpl extends NamedImpl implements Index {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterpretation() <em>Interpretation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterpretation()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERPRETATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterpretation() <em>Interpretation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterpretation()
	 * @generated
	 * @ordered
	 */
	protected String interpretation = INTERPRETATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSourceKind() <em>Data Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSourceKind()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSourceKind() <em>Data Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSourceKind()
	 * @generated
	 * @ordered
	 */
	protected String dataSourceKind = DATA_SOURCE_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final IndexDirection DIRECTION_EDEFAULT = IndexDirection.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected IndexDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConstruct() <em>Construct</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstruct()
	 * @generated
	 * @ordered
	 */
	protected Construct construct;

	/**
	 * The cached value of the '{@link #getObservations() <em>Observations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected EList<Observation> observations;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected SummaryStatistics summary;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndexImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.INDEX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterpretation() {
		return interpretation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterpretation(String newInterpretation) {
		String oldInterpretation = interpretation;
		interpretation = newInterpretation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__INTERPRETATION, oldInterpretation, interpretation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSourceKind() {
		return dataSourceKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSourceKind(String newDataSourceKind) {
		String oldDataSourceKind = dataSourceKind;
		dataSourceKind = newDataSourceKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__DATA_SOURCE_KIND, oldDataSourceKind, dataSourceKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndexDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(IndexDirection newDirection) {
		IndexDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Construct getConstruct() {
		if (construct != null && construct.eIsProxy()) {
			InternalEObject oldConstruct = (InternalEObject)construct;
			construct = (Construct)eResolveProxy(oldConstruct);
			if (construct != oldConstruct) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.INDEX__CONSTRUCT, oldConstruct, construct));
			}
		}
		return construct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Construct basicGetConstruct() {
		return construct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConstruct(Construct newConstruct) {
		Construct oldConstruct = construct;
		construct = newConstruct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__CONSTRUCT, oldConstruct, construct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Observation> getObservations() {
		if (observations == null) {
			observations = new EObjectContainmentEList<Observation>(Observation.class, this, SynergosPackage.INDEX__OBSERVATIONS);
		}
		return observations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SummaryStatistics getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSummary(SummaryStatistics newSummary, NotificationChain msgs) {
		SummaryStatistics oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__SUMMARY, oldSummary, newSummary);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(SummaryStatistics newSummary) {
		if (newSummary != summary) {
			NotificationChain msgs = null;
			if (summary != null)
				msgs = ((InternalEObject)summary).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SynergosPackage.INDEX__SUMMARY, null, msgs);
			if (newSummary != null)
				msgs = ((InternalEObject)newSummary).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SynergosPackage.INDEX__SUMMARY, null, msgs);
			msgs = basicSetSummary(newSummary, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDEX__SUMMARY, newSummary, newSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SynergosPackage.INDEX__OBSERVATIONS:
				return ((InternalEList<?>)getObservations()).basicRemove(otherEnd, msgs);
			case SynergosPackage.INDEX__SUMMARY:
				return basicSetSummary(null, msgs);
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
			case SynergosPackage.INDEX__CATEGORY:
				return getCategory();
			case SynergosPackage.INDEX__INTERPRETATION:
				return getInterpretation();
			case SynergosPackage.INDEX__UNIT:
				return getUnit();
			case SynergosPackage.INDEX__DATA_SOURCE_KIND:
				return getDataSourceKind();
			case SynergosPackage.INDEX__YEAR:
				return getYear();
			case SynergosPackage.INDEX__DIRECTION:
				return getDirection();
			case SynergosPackage.INDEX__CONSTRUCT:
				if (resolve) return getConstruct();
				return basicGetConstruct();
			case SynergosPackage.INDEX__OBSERVATIONS:
				return getObservations();
			case SynergosPackage.INDEX__SUMMARY:
				return getSummary();
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
			case SynergosPackage.INDEX__CATEGORY:
				setCategory((String)newValue);
				return;
			case SynergosPackage.INDEX__INTERPRETATION:
				setInterpretation((String)newValue);
				return;
			case SynergosPackage.INDEX__UNIT:
				setUnit((String)newValue);
				return;
			case SynergosPackage.INDEX__DATA_SOURCE_KIND:
				setDataSourceKind((String)newValue);
				return;
			case SynergosPackage.INDEX__YEAR:
				setYear((Integer)newValue);
				return;
			case SynergosPackage.INDEX__DIRECTION:
				setDirection((IndexDirection)newValue);
				return;
			case SynergosPackage.INDEX__CONSTRUCT:
				setConstruct((Construct)newValue);
				return;
			case SynergosPackage.INDEX__OBSERVATIONS:
				getObservations().clear();
				getObservations().addAll((Collection<? extends Observation>)newValue);
				return;
			case SynergosPackage.INDEX__SUMMARY:
				setSummary((SummaryStatistics)newValue);
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
			case SynergosPackage.INDEX__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case SynergosPackage.INDEX__INTERPRETATION:
				setInterpretation(INTERPRETATION_EDEFAULT);
				return;
			case SynergosPackage.INDEX__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case SynergosPackage.INDEX__DATA_SOURCE_KIND:
				setDataSourceKind(DATA_SOURCE_KIND_EDEFAULT);
				return;
			case SynergosPackage.INDEX__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case SynergosPackage.INDEX__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case SynergosPackage.INDEX__CONSTRUCT:
				setConstruct((Construct)null);
				return;
			case SynergosPackage.INDEX__OBSERVATIONS:
				getObservations().clear();
				return;
			case SynergosPackage.INDEX__SUMMARY:
				setSummary((SummaryStatistics)null);
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
			case SynergosPackage.INDEX__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case SynergosPackage.INDEX__INTERPRETATION:
				return INTERPRETATION_EDEFAULT == null ? interpretation != null : !INTERPRETATION_EDEFAULT.equals(interpretation);
			case SynergosPackage.INDEX__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case SynergosPackage.INDEX__DATA_SOURCE_KIND:
				return DATA_SOURCE_KIND_EDEFAULT == null ? dataSourceKind != null : !DATA_SOURCE_KIND_EDEFAULT.equals(dataSourceKind);
			case SynergosPackage.INDEX__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case SynergosPackage.INDEX__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case SynergosPackage.INDEX__CONSTRUCT:
				return construct != null;
			case SynergosPackage.INDEX__OBSERVATIONS:
				return observations != null && !observations.isEmpty();
			case SynergosPackage.INDEX__SUMMARY:
				return summary != null;
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
		result.append(" (category: ");
		result.append(category);
		result.append(", interpretation: ");
		result.append(interpretation);
		result.append(", unit: ");
		result.append(unit);
		result.append(", dataSourceKind: ");
		result.append(dataSourceKind);
		result.append(", year: ");
		result.append(year);
		result.append(", direction: ");
		result.append(direction);
		result.append(')');
		return result.toString();
	}

} //IndexImpl
