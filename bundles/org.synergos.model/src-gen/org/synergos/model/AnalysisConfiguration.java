/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An analysis to run by an engine (engine.id) on a data source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.AnalysisConfiguration#getEngineId <em>Engine Id</em>}</li>
 *   <li>{@link org.synergos.model.AnalysisConfiguration#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.synergos.model.AnalysisConfiguration#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.synergos.model.AnalysisConfiguration#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getAnalysisConfiguration()
 * @model
 * @generated
 */
public interface AnalysisConfiguration extends Named {
	/**
	 * Returns the value of the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Id</em>' attribute.
	 * @see #setEngineId(String)
	 * @see org.synergos.model.SynergosPackage#getAnalysisConfiguration_EngineId()
	 * @model
	 * @generated
	 */
	String getEngineId();

	/**
	 * Sets the value of the '{@link org.synergos.model.AnalysisConfiguration#getEngineId <em>Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Id</em>' attribute.
	 * @see #getEngineId()
	 * @generated
	 */
	void setEngineId(String value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' reference.
	 * @see #setDataSource(DataSource)
	 * @see org.synergos.model.SynergosPackage#getAnalysisConfiguration_DataSource()
	 * @model
	 * @generated
	 */
	DataSource getDataSource();

	/**
	 * Sets the value of the '{@link org.synergos.model.AnalysisConfiguration#getDataSource <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(DataSource value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getAnalysisConfiguration_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.synergos.model.SynergosPackage#getAnalysisConfiguration_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.synergos.model.AnalysisConfiguration#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // AnalysisConfiguration
