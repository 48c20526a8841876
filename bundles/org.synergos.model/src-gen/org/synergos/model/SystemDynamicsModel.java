/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Dynamics Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A system dynamics (stock-flow) model with its time settings (start, stop, time step dt, integration method, the observed data's time column); simulated by the system-dynamics engine.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getStopTime <em>Stop Time</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getTimeStep <em>Time Step</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getMethod <em>Method</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getTimeUnits <em>Time Units</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getStocks <em>Stocks</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getAuxiliaries <em>Auxiliaries</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getLookupTables <em>Lookup Tables</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getDelays <em>Delays</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.synergos.model.SystemDynamicsModel#getTimeColumn <em>Time Column</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel()
 * @model
 * @generated
 */
public interface SystemDynamicsModel extends Named {
	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(double)
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_StartTime()
	 * @model default="0.0"
	 * @generated
	 */
	double getStartTime();

	/**
	 * Sets the value of the '{@link org.synergos.model.SystemDynamicsModel#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(double value);

	/**
	 * Returns the value of the '<em><b>Stop Time</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stop Time</em>' attribute.
	 * @see #setStopTime(double)
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_StopTime()
	 * @model default="100.0"
	 * @generated
	 */
	double getStopTime();

	/**
	 * Sets the value of the '{@link org.synergos.model.SystemDynamicsModel#getStopTime <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Time</em>' attribute.
	 * @see #getStopTime()
	 * @generated
	 */
	void setStopTime(double value);

	/**
	 * Returns the value of the '<em><b>Time Step</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Step</em>' attribute.
	 * @see #setTimeStep(double)
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_TimeStep()
	 * @model default="1.0"
	 * @generated
	 */
	double getTimeStep();

	/**
	 * Sets the value of the '{@link org.synergos.model.SystemDynamicsModel#getTimeStep <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Step</em>' attribute.
	 * @see #getTimeStep()
	 * @generated
	 */
	void setTimeStep(double value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.IntegrationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.synergos.model.IntegrationMethod
	 * @see #setMethod(IntegrationMethod)
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_Method()
	 * @model
	 * @generated
	 */
	IntegrationMethod getMethod();

	/**
	 * Sets the value of the '{@link org.synergos.model.SystemDynamicsModel#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.synergos.model.IntegrationMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(IntegrationMethod value);

	/**
	 * Returns the value of the '<em><b>Time Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Units</em>' attribute.
	 * @see #setTimeUnits(String)
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_TimeUnits()
	 * @model
	 * @generated
	 */
	String getTimeUnits();

	/**
	 * Sets the value of the '{@link org.synergos.model.SystemDynamicsModel#getTimeUnits <em>Time Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Units</em>' attribute.
	 * @see #getTimeUnits()
	 * @generated
	 */
	void setTimeUnits(String value);

	/**
	 * Returns the value of the '<em><b>Stocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Stock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stocks</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_Stocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stock> getStocks();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Flow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<Flow> getFlows();

	/**
	 * Returns the value of the '<em><b>Auxiliaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Auxiliary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auxiliaries</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_Auxiliaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Auxiliary> getAuxiliaries();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.SimulationParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<SimulationParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Lookup Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.LookupTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lookup Tables</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_LookupTables()
	 * @model containment="true"
	 * @generated
	 */
	EList<LookupTable> getLookupTables();

	/**
	 * Returns the value of the '<em><b>Delays</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Delay}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delays</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_Delays()
	 * @model containment="true"
	 * @generated
	 */
	EList<Delay> getDelays();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Time Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Column</em>' attribute.
	 * @see #setTimeColumn(String)
	 * @see org.synergos.model.SynergosPackage#getSystemDynamicsModel_TimeColumn()
	 * @model
	 * @generated
	 */
	String getTimeColumn();

	/**
	 * Sets the value of the '{@link org.synergos.model.SystemDynamicsModel#getTimeColumn <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Column</em>' attribute.
	 * @see #getTimeColumn()
	 * @generated
	 */
	void setTimeColumn(String value);

} // SystemDynamicsModel
