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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.synergos.model.ColumnMapping;
import org.synergos.model.DataFormat;
import org.synergos.model.DataSource;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.DataSourceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.synergos.model.impl.DataSourceImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.synergos.model.impl.DataSourceImpl#getDelimiter <em>Delimiter</em>}</li>
 *   <li>{@link org.synergos.model.impl.DataSourceImpl#getMissingValueCodes <em>Missing Value Codes</em>}</li>
 *   <li>{@link org.synergos.model.impl.DataSourceImpl#getSheet <em>Sheet</em>}</li>
 *   <li>{@link org.synergos.model.impl.DataSourceImpl#getColumnMappings <em>Column Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceImpl extends NamedImpl implements DataSource {
	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final DataFormat FORMAT_EDEFAULT = DataFormat.CSV;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected DataFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelimiter() <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelimiter()
	 * @generated
	 * @ordered
	 */
	protected static final String DELIMITER_EDEFAULT = ",";

	/**
	 * The cached value of the '{@link #getDelimiter() <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelimiter()
	 * @generated
	 * @ordered
	 */
	protected String delimiter = DELIMITER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMissingValueCodes() <em>Missing Value Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingValueCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> missingValueCodes;

	/**
	 * The default value of the '{@link #getSheet() <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSheet()
	 * @generated
	 * @ordered
	 */
	protected static final String SHEET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSheet() <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSheet()
	 * @generated
	 * @ordered
	 */
	protected String sheet = SHEET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColumnMappings() <em>Column Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ColumnMapping> columnMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.DATA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.DATA_SOURCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(DataFormat newFormat) {
		DataFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.DATA_SOURCE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDelimiter() {
		return delimiter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelimiter(String newDelimiter) {
		String oldDelimiter = delimiter;
		delimiter = newDelimiter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.DATA_SOURCE__DELIMITER, oldDelimiter, delimiter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMissingValueCodes() {
		if (missingValueCodes == null) {
			missingValueCodes = new EDataTypeUniqueEList<String>(String.class, this, SynergosPackage.DATA_SOURCE__MISSING_VALUE_CODES);
		}
		return missingValueCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSheet() {
		return sheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSheet(String newSheet) {
		String oldSheet = sheet;
		sheet = newSheet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.DATA_SOURCE__SHEET, oldSheet, sheet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ColumnMapping> getColumnMappings() {
		if (columnMappings == null) {
			columnMappings = new EObjectContainmentEList<ColumnMapping>(ColumnMapping.class, this, SynergosPackage.DATA_SOURCE__COLUMN_MAPPINGS);
		}
		return columnMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SynergosPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				return ((InternalEList<?>)getColumnMappings()).basicRemove(otherEnd, msgs);
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
			case SynergosPackage.DATA_SOURCE__PATH:
				return getPath();
			case SynergosPackage.DATA_SOURCE__FORMAT:
				return getFormat();
			case SynergosPackage.DATA_SOURCE__DELIMITER:
				return getDelimiter();
			case SynergosPackage.DATA_SOURCE__MISSING_VALUE_CODES:
				return getMissingValueCodes();
			case SynergosPackage.DATA_SOURCE__SHEET:
				return getSheet();
			case SynergosPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				return getColumnMappings();
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
			case SynergosPackage.DATA_SOURCE__PATH:
				setPath((String)newValue);
				return;
			case SynergosPackage.DATA_SOURCE__FORMAT:
				setFormat((DataFormat)newValue);
				return;
			case SynergosPackage.DATA_SOURCE__DELIMITER:
				setDelimiter((String)newValue);
				return;
			case SynergosPackage.DATA_SOURCE__MISSING_VALUE_CODES:
				getMissingValueCodes().clear();
				getMissingValueCodes().addAll((Collection<? extends String>)newValue);
				return;
			case SynergosPackage.DATA_SOURCE__SHEET:
				setSheet((String)newValue);
				return;
			case SynergosPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				getColumnMappings().clear();
				getColumnMappings().addAll((Collection<? extends ColumnMapping>)newValue);
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
			case SynergosPackage.DATA_SOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case SynergosPackage.DATA_SOURCE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case SynergosPackage.DATA_SOURCE__DELIMITER:
				setDelimiter(DELIMITER_EDEFAULT);
				return;
			case SynergosPackage.DATA_SOURCE__MISSING_VALUE_CODES:
				getMissingValueCodes().clear();
				return;
			case SynergosPackage.DATA_SOURCE__SHEET:
				setSheet(SHEET_EDEFAULT);
				return;
			case SynergosPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				getColumnMappings().clear();
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
			case SynergosPackage.DATA_SOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case SynergosPackage.DATA_SOURCE__FORMAT:
				return format != FORMAT_EDEFAULT;
			case SynergosPackage.DATA_SOURCE__DELIMITER:
				return DELIMITER_EDEFAULT == null ? delimiter != null : !DELIMITER_EDEFAULT.equals(delimiter);
			case SynergosPackage.DATA_SOURCE__MISSING_VALUE_CODES:
				return missingValueCodes != null && !missingValueCodes.isEmpty();
			case SynergosPackage.DATA_SOURCE__SHEET:
				return SHEET_EDEFAULT == null ? sheet != null : !SHEET_EDEFAULT.equals(sheet);
			case SynergosPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				return columnMappings != null && !columnMappings.isEmpty();
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
		result.append(" (path: ");
		result.append(path);
		result.append(", format: ");
		result.append(format);
		result.append(", delimiter: ");
		result.append(delimiter);
		result.append(", missingValueCodes: ");
		result.append(missingValueCodes);
		result.append(", sheet: ");
		result.append(sheet);
		result.append(')');
		return result.toString();
	}

} //DataSourceImpl
