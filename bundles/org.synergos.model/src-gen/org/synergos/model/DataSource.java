/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data file; path is relative to the model file and must stay inside its folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.DataSource#getPath <em>Path</em>}</li>
 *   <li>{@link org.synergos.model.DataSource#getFormat <em>Format</em>}</li>
 *   <li>{@link org.synergos.model.DataSource#getDelimiter <em>Delimiter</em>}</li>
 *   <li>{@link org.synergos.model.DataSource#getMissingValueCodes <em>Missing Value Codes</em>}</li>
 *   <li>{@link org.synergos.model.DataSource#getSheet <em>Sheet</em>}</li>
 *   <li>{@link org.synergos.model.DataSource#getColumnMappings <em>Column Mappings</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends Named {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.synergos.model.SynergosPackage#getDataSource_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.synergos.model.DataSource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.DataFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.synergos.model.DataFormat
	 * @see #setFormat(DataFormat)
	 * @see org.synergos.model.SynergosPackage#getDataSource_Format()
	 * @model
	 * @generated
	 */
	DataFormat getFormat();

	/**
	 * Sets the value of the '{@link org.synergos.model.DataSource#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.synergos.model.DataFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DataFormat value);

	/**
	 * Returns the value of the '<em><b>Delimiter</b></em>' attribute.
	 * The default value is <code>","</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delimiter</em>' attribute.
	 * @see #setDelimiter(String)
	 * @see org.synergos.model.SynergosPackage#getDataSource_Delimiter()
	 * @model default=","
	 * @generated
	 */
	String getDelimiter();

	/**
	 * Sets the value of the '{@link org.synergos.model.DataSource#getDelimiter <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delimiter</em>' attribute.
	 * @see #getDelimiter()
	 * @generated
	 */
	void setDelimiter(String value);

	/**
	 * Returns the value of the '<em><b>Missing Value Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Value Codes</em>' attribute list.
	 * @see org.synergos.model.SynergosPackage#getDataSource_MissingValueCodes()
	 * @model
	 * @generated
	 */
	EList<String> getMissingValueCodes();

	/**
	 * Returns the value of the '<em><b>Sheet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sheet</em>' attribute.
	 * @see #setSheet(String)
	 * @see org.synergos.model.SynergosPackage#getDataSource_Sheet()
	 * @model
	 * @generated
	 */
	String getSheet();

	/**
	 * Sets the value of the '{@link org.synergos.model.DataSource#getSheet <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sheet</em>' attribute.
	 * @see #getSheet()
	 * @generated
	 */
	void setSheet(String value);

	/**
	 * Returns the value of the '<em><b>Column Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.ColumnMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Mappings</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getDataSource_ColumnMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColumnMapping> getColumnMappings();

} // DataSource
