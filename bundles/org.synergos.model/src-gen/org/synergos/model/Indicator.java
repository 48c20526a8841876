/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A manifest item measuring its containing construct, bound to a data column.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Indicator#getItemText <em>Item Text</em>}</li>
 *   <li>{@link org.synergos.model.Indicator#getScale <em>Scale</em>}</li>
 *   <li>{@link org.synergos.model.Indicator#getColumn <em>Column</em>}</li>
 *   <li>{@link org.synergos.model.Indicator#isReverseCoded <em>Reverse Coded</em>}</li>
 *   <li>{@link org.synergos.model.Indicator#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.synergos.model.Indicator#getLoadingLabel <em>Loading Label</em>}</li>
 *   <li>{@link org.synergos.model.Indicator#getLoadingFixedValue <em>Loading Fixed Value</em>}</li>
 *   <li>{@link org.synergos.model.Indicator#isLoadingFree <em>Loading Free</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends Variable {
	/**
	 * Returns the value of the '<em><b>Item Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Text</em>' attribute.
	 * @see #setItemText(String)
	 * @see org.synergos.model.SynergosPackage#getIndicator_ItemText()
	 * @model
	 * @generated
	 */
	String getItemText();

	/**
	 * Sets the value of the '{@link org.synergos.model.Indicator#getItemText <em>Item Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Text</em>' attribute.
	 * @see #getItemText()
	 * @generated
	 */
	void setItemText(String value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' containment reference.
	 * @see #setScale(Scale)
	 * @see org.synergos.model.SynergosPackage#getIndicator_Scale()
	 * @model containment="true"
	 * @generated
	 */
	Scale getScale();

	/**
	 * Sets the value of the '{@link org.synergos.model.Indicator#getScale <em>Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' containment reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Scale value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see org.synergos.model.SynergosPackage#getIndicator_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link org.synergos.model.Indicator#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Reverse Coded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reverse Coded</em>' attribute.
	 * @see #setReverseCoded(boolean)
	 * @see org.synergos.model.SynergosPackage#getIndicator_ReverseCoded()
	 * @model
	 * @generated
	 */
	boolean isReverseCoded();

	/**
	 * Sets the value of the '{@link org.synergos.model.Indicator#isReverseCoded <em>Reverse Coded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reverse Coded</em>' attribute.
	 * @see #isReverseCoded()
	 * @generated
	 */
	void setReverseCoded(boolean value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' reference.
	 * @see #setDataSource(DataSource)
	 * @see org.synergos.model.SynergosPackage#getIndicator_DataSource()
	 * @model
	 * @generated
	 */
	DataSource getDataSource();

	/**
	 * Sets the value of the '{@link org.synergos.model.Indicator#getDataSource <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(DataSource value);

	/**
	 * Returns the value of the '<em><b>Loading Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loading Label</em>' attribute.
	 * @see #setLoadingLabel(String)
	 * @see org.synergos.model.SynergosPackage#getIndicator_LoadingLabel()
	 * @model
	 * @generated
	 */
	String getLoadingLabel();

	/**
	 * Sets the value of the '{@link org.synergos.model.Indicator#getLoadingLabel <em>Loading Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loading Label</em>' attribute.
	 * @see #getLoadingLabel()
	 * @generated
	 */
	void setLoadingLabel(String value);

	/**
	 * Returns the value of the '<em><b>Loading Fixed Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loading Fixed Value</em>' attribute.
	 * @see #setLoadingFixedValue(Double)
	 * @see org.synergos.model.SynergosPackage#getIndicator_LoadingFixedValue()
	 * @model
	 * @generated
	 */
	Double getLoadingFixedValue();

	/**
	 * Sets the value of the '{@link org.synergos.model.Indicator#getLoadingFixedValue <em>Loading Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loading Fixed Value</em>' attribute.
	 * @see #getLoadingFixedValue()
	 * @generated
	 */
	void setLoadingFixedValue(Double value);

	/**
	 * Returns the value of the '<em><b>Loading Free</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loading Free</em>' attribute.
	 * @see #setLoadingFree(boolean)
	 * @see org.synergos.model.SynergosPackage#getIndicator_LoadingFree()
	 * @model
	 * @generated
	 */
	boolean isLoadingFree();

	/**
	 * Sets the value of the '{@link org.synergos.model.Indicator#isLoadingFree <em>Loading Free</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loading Free</em>' attribute.
	 * @see #isLoadingFree()
	 * @generated
	 */
	void setLoadingFree(boolean value);

} // Indicator
