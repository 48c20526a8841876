/**
 */
package org.synergos.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.synergos.model.DataSource;
import org.synergos.model.Indicator;
import org.synergos.model.Scale;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.IndicatorImpl#getItemText <em>Item Text</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndicatorImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndicatorImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndicatorImpl#isReverseCoded <em>Reverse Coded</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndicatorImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndicatorImpl#getLoadingLabel <em>Loading Label</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndicatorImpl#getLoadingFixedValue <em>Loading Fixed Value</em>}</li>
 *   <li>{@link org.synergos.model.impl.IndicatorImpl#isLoadingFree <em>Loading Free</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends VariableImpl implements Indicator {
	/**
	 * The default value of the '{@link #getItemText() <em>Item Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemText()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemText() <em>Item Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemText()
	 * @generated
	 * @ordered
	 */
	protected String itemText = ITEM_TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected Scale scale;

	/**
	 * The default value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected String column = COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #isReverseCoded() <em>Reverse Coded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReverseCoded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVERSE_CODED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReverseCoded() <em>Reverse Coded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReverseCoded()
	 * @generated
	 * @ordered
	 */
	protected boolean reverseCoded = REVERSE_CODED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected DataSource dataSource;

	/**
	 * The default value of the '{@link #getLoadingLabel() <em>Loading Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadingLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LOADING_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLoadingLabel() <em>Loading Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadingLabel()
	 * @generated
	 * @ordered
	 */
	protected String loadingLabel = LOADING_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoadingFixedValue() <em>Loading Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadingFixedValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double LOADING_FIXED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLoadingFixedValue() <em>Loading Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadingFixedValue()
	 * @generated
	 * @ordered
	 */
	protected Double loadingFixedValue = LOADING_FIXED_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLoadingFree() <em>Loading Free</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLoadingFree()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOADING_FREE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLoadingFree() <em>Loading Free</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLoadingFree()
	 * @generated
	 * @ordered
	 */
	protected boolean loadingFree = LOADING_FREE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemText() {
		return itemText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemText(String newItemText) {
		String oldItemText = itemText;
		itemText = newItemText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__ITEM_TEXT, oldItemText, itemText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScale(Scale newScale, NotificationChain msgs) {
		Scale oldScale = scale;
		scale = newScale;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__SCALE, oldScale, newScale);
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
	public void setScale(Scale newScale) {
		if (newScale != scale) {
			NotificationChain msgs = null;
			if (scale != null)
				msgs = ((InternalEObject)scale).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SynergosPackage.INDICATOR__SCALE, null, msgs);
			if (newScale != null)
				msgs = ((InternalEObject)newScale).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SynergosPackage.INDICATOR__SCALE, null, msgs);
			msgs = basicSetScale(newScale, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__SCALE, newScale, newScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumn() {
		return column;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumn(String newColumn) {
		String oldColumn = column;
		column = newColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReverseCoded() {
		return reverseCoded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReverseCoded(boolean newReverseCoded) {
		boolean oldReverseCoded = reverseCoded;
		reverseCoded = newReverseCoded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__REVERSE_CODED, oldReverseCoded, reverseCoded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getDataSource() {
		if (dataSource != null && dataSource.eIsProxy()) {
			InternalEObject oldDataSource = (InternalEObject)dataSource;
			dataSource = (DataSource)eResolveProxy(oldDataSource);
			if (dataSource != oldDataSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SynergosPackage.INDICATOR__DATA_SOURCE, oldDataSource, dataSource));
			}
		}
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSource basicGetDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(DataSource newDataSource) {
		DataSource oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLoadingLabel() {
		return loadingLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoadingLabel(String newLoadingLabel) {
		String oldLoadingLabel = loadingLabel;
		loadingLabel = newLoadingLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__LOADING_LABEL, oldLoadingLabel, loadingLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getLoadingFixedValue() {
		return loadingFixedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoadingFixedValue(Double newLoadingFixedValue) {
		Double oldLoadingFixedValue = loadingFixedValue;
		loadingFixedValue = newLoadingFixedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__LOADING_FIXED_VALUE, oldLoadingFixedValue, loadingFixedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLoadingFree() {
		return loadingFree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoadingFree(boolean newLoadingFree) {
		boolean oldLoadingFree = loadingFree;
		loadingFree = newLoadingFree;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.INDICATOR__LOADING_FREE, oldLoadingFree, loadingFree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SynergosPackage.INDICATOR__SCALE:
				return basicSetScale(null, msgs);
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
			case SynergosPackage.INDICATOR__ITEM_TEXT:
				return getItemText();
			case SynergosPackage.INDICATOR__SCALE:
				return getScale();
			case SynergosPackage.INDICATOR__COLUMN:
				return getColumn();
			case SynergosPackage.INDICATOR__REVERSE_CODED:
				return isReverseCoded();
			case SynergosPackage.INDICATOR__DATA_SOURCE:
				if (resolve) return getDataSource();
				return basicGetDataSource();
			case SynergosPackage.INDICATOR__LOADING_LABEL:
				return getLoadingLabel();
			case SynergosPackage.INDICATOR__LOADING_FIXED_VALUE:
				return getLoadingFixedValue();
			case SynergosPackage.INDICATOR__LOADING_FREE:
				return isLoadingFree();
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
			case SynergosPackage.INDICATOR__ITEM_TEXT:
				setItemText((String)newValue);
				return;
			case SynergosPackage.INDICATOR__SCALE:
				setScale((Scale)newValue);
				return;
			case SynergosPackage.INDICATOR__COLUMN:
				setColumn((String)newValue);
				return;
			case SynergosPackage.INDICATOR__REVERSE_CODED:
				setReverseCoded((Boolean)newValue);
				return;
			case SynergosPackage.INDICATOR__DATA_SOURCE:
				setDataSource((DataSource)newValue);
				return;
			case SynergosPackage.INDICATOR__LOADING_LABEL:
				setLoadingLabel((String)newValue);
				return;
			case SynergosPackage.INDICATOR__LOADING_FIXED_VALUE:
				setLoadingFixedValue((Double)newValue);
				return;
			case SynergosPackage.INDICATOR__LOADING_FREE:
				setLoadingFree((Boolean)newValue);
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
			case SynergosPackage.INDICATOR__ITEM_TEXT:
				setItemText(ITEM_TEXT_EDEFAULT);
				return;
			case SynergosPackage.INDICATOR__SCALE:
				setScale((Scale)null);
				return;
			case SynergosPackage.INDICATOR__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case SynergosPackage.INDICATOR__REVERSE_CODED:
				setReverseCoded(REVERSE_CODED_EDEFAULT);
				return;
			case SynergosPackage.INDICATOR__DATA_SOURCE:
				setDataSource((DataSource)null);
				return;
			case SynergosPackage.INDICATOR__LOADING_LABEL:
				setLoadingLabel(LOADING_LABEL_EDEFAULT);
				return;
			case SynergosPackage.INDICATOR__LOADING_FIXED_VALUE:
				setLoadingFixedValue(LOADING_FIXED_VALUE_EDEFAULT);
				return;
			case SynergosPackage.INDICATOR__LOADING_FREE:
				setLoadingFree(LOADING_FREE_EDEFAULT);
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
			case SynergosPackage.INDICATOR__ITEM_TEXT:
				return ITEM_TEXT_EDEFAULT == null ? itemText != null : !ITEM_TEXT_EDEFAULT.equals(itemText);
			case SynergosPackage.INDICATOR__SCALE:
				return scale != null;
			case SynergosPackage.INDICATOR__COLUMN:
				return COLUMN_EDEFAULT == null ? column != null : !COLUMN_EDEFAULT.equals(column);
			case SynergosPackage.INDICATOR__REVERSE_CODED:
				return reverseCoded != REVERSE_CODED_EDEFAULT;
			case SynergosPackage.INDICATOR__DATA_SOURCE:
				return dataSource != null;
			case SynergosPackage.INDICATOR__LOADING_LABEL:
				return LOADING_LABEL_EDEFAULT == null ? loadingLabel != null : !LOADING_LABEL_EDEFAULT.equals(loadingLabel);
			case SynergosPackage.INDICATOR__LOADING_FIXED_VALUE:
				return LOADING_FIXED_VALUE_EDEFAULT == null ? loadingFixedValue != null : !LOADING_FIXED_VALUE_EDEFAULT.equals(loadingFixedValue);
			case SynergosPackage.INDICATOR__LOADING_FREE:
				return loadingFree != LOADING_FREE_EDEFAULT;
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
		result.append(" (itemText: ");
		result.append(itemText);
		result.append(", column: ");
		result.append(column);
		result.append(", reverseCoded: ");
		result.append(reverseCoded);
		result.append(", loadingLabel: ");
		result.append(loadingLabel);
		result.append(", loadingFixedValue: ");
		result.append(loadingFixedValue);
		result.append(", loadingFree: ");
		result.append(loadingFree);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
