/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Index</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A specific index of an influencing-factor category (paper A, Table 2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Index#getCategory <em>Category</em>}</li>
 *   <li>{@link org.synergos.model.Index#getInterpretation <em>Interpretation</em>}</li>
 *   <li>{@link org.synergos.model.Index#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.synergos.model.Index#getDataSourceKind <em>Data Source Kind</em>}</li>
 *   <li>{@link org.synergos.model.Index#getYear <em>Year</em>}</li>
 *   <li>{@link org.synergos.model.Index#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.synergos.model.Index#getConstruct <em>Construct</em>}</li>
 *   <li>{@link org.synergos.model.Index#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.synergos.model.Index#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getIndex()
 * @model
 * @generated
 */
public interface Index extends Named {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.synergos.model.SynergosPackage#getIndex_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.synergos.model.Index#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Interpretation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interpretation</em>' attribute.
	 * @see #setInterpretation(String)
	 * @see org.synergos.model.SynergosPackage#getIndex_Interpretation()
	 * @model
	 * @generated
	 */
	String getInterpretation();

	/**
	 * Sets the value of the '{@link org.synergos.model.Index#getInterpretation <em>Interpretation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interpretation</em>' attribute.
	 * @see #getInterpretation()
	 * @generated
	 */
	void setInterpretation(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.synergos.model.SynergosPackage#getIndex_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.synergos.model.Index#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Data Source Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source Kind</em>' attribute.
	 * @see #setDataSourceKind(String)
	 * @see org.synergos.model.SynergosPackage#getIndex_DataSourceKind()
	 * @model
	 * @generated
	 */
	String getDataSourceKind();

	/**
	 * Sets the value of the '{@link org.synergos.model.Index#getDataSourceKind <em>Data Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source Kind</em>' attribute.
	 * @see #getDataSourceKind()
	 * @generated
	 */
	void setDataSourceKind(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.synergos.model.SynergosPackage#getIndex_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.synergos.model.Index#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.IndexDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.synergos.model.IndexDirection
	 * @see #setDirection(IndexDirection)
	 * @see org.synergos.model.SynergosPackage#getIndex_Direction()
	 * @model
	 * @generated
	 */
	IndexDirection getDirection();

	/**
	 * Sets the value of the '{@link org.synergos.model.Index#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.synergos.model.IndexDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(IndexDirection value);

	/**
	 * Returns the value of the '<em><b>Construct</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Construct</em>' reference.
	 * @see #setConstruct(Construct)
	 * @see org.synergos.model.SynergosPackage#getIndex_Construct()
	 * @model
	 * @generated
	 */
	Construct getConstruct();

	/**
	 * Sets the value of the '{@link org.synergos.model.Index#getConstruct <em>Construct</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Construct</em>' reference.
	 * @see #getConstruct()
	 * @generated
	 */
	void setConstruct(Construct value);

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observations</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getIndex_Observations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Observation> getObservations();

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' containment reference.
	 * @see #setSummary(SummaryStatistics)
	 * @see org.synergos.model.SynergosPackage#getIndex_Summary()
	 * @model containment="true"
	 * @generated
	 */
	SummaryStatistics getSummary();

	/**
	 * Sets the value of the '{@link org.synergos.model.Index#getSummary <em>Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' containment reference.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(SummaryStatistics value);

} // Index
