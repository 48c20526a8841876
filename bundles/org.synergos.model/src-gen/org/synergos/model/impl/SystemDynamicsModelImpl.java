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

import org.synergos.model.Auxiliary;
import org.synergos.model.Delay;
import org.synergos.model.Flow;
import org.synergos.model.IntegrationMethod;
import org.synergos.model.LookupTable;
import org.synergos.model.Scenario;
import org.synergos.model.SimulationParameter;
import org.synergos.model.Stock;
import org.synergos.model.SynergosPackage;
import org.synergos.model.SystemDynamicsModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>System Dynamics Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getStopTime <em>Stop Time</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getTimeStep <em>Time Step</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getTimeUnits <em>Time Units</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getStocks <em>Stocks</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getAuxiliaries <em>Auxiliaries</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getLookupTables <em>Lookup Tables</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getDelays <em>Delays</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.synergos.model.impl.SystemDynamicsModelImpl#getTimeColumn <em>Time Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SystemDynamicsModelImpl extends NamedImpl implements SystemDynamicsModel {
	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final double START_TIME_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected double startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopTime() <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTime()
	 * @generated
	 * @ordered
	 */
	protected static final double STOP_TIME_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getStopTime() <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTime()
	 * @generated
	 * @ordered
	 */
	protected double stopTime = STOP_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeStep() <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeStep()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_STEP_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getTimeStep() <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeStep()
	 * @generated
	 * @ordered
	 */
	protected double timeStep = TIME_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final IntegrationMethod METHOD_EDEFAULT = IntegrationMethod.EULER;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected IntegrationMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeUnits() <em>Time Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeUnits() <em>Time Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeUnits()
	 * @generated
	 * @ordered
	 */
	protected String timeUnits = TIME_UNITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStocks() <em>Stocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStocks()
	 * @generated
	 * @ordered
	 */
	protected EList<Stock> stocks;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<Flow> flows;

	/**
	 * The cached value of the '{@link #getAuxiliaries() <em>Auxiliaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuxiliaries()
	 * @generated
	 * @ordered
	 */
	protected EList<Auxiliary> auxiliaries;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<SimulationParameter> parameters;

	/**
	 * The cached value of the '{@link #getLookupTables() <em>Lookup Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLookupTables()
	 * @generated
	 * @ordered
	 */
	protected EList<LookupTable> lookupTables;

	/**
	 * The cached value of the '{@link #getDelays() <em>Delays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelays()
	 * @generated
	 * @ordered
	 */
	protected EList<Delay> delays;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The default value of the '{@link #getTimeColumn() <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeColumn() <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected String timeColumn = TIME_COLUMN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SystemDynamicsModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.SYSTEM_DYNAMICS_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(double newStartTime) {
		double oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.SYSTEM_DYNAMICS_MODEL__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStopTime() {
		return stopTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopTime(double newStopTime) {
		double oldStopTime = stopTime;
		stopTime = newStopTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOP_TIME, oldStopTime, stopTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeStep() {
		return timeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeStep(double newTimeStep) {
		double oldTimeStep = timeStep;
		timeStep = newTimeStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_STEP, oldTimeStep, timeStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(IntegrationMethod newMethod) {
		IntegrationMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.SYSTEM_DYNAMICS_MODEL__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeUnits() {
		return timeUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeUnits(String newTimeUnits) {
		String oldTimeUnits = timeUnits;
		timeUnits = newTimeUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_UNITS, oldTimeUnits, timeUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stock> getStocks() {
		if (stocks == null) {
			stocks = new EObjectContainmentEList<Stock>(Stock.class, this, SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOCKS);
		}
		return stocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getFlows() {
		if (flows == null) {
			flows = new EObjectContainmentEList<Flow>(Flow.class, this, SynergosPackage.SYSTEM_DYNAMICS_MODEL__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Auxiliary> getAuxiliaries() {
		if (auxiliaries == null) {
			auxiliaries = new EObjectContainmentEList<Auxiliary>(Auxiliary.class, this, SynergosPackage.SYSTEM_DYNAMICS_MODEL__AUXILIARIES);
		}
		return auxiliaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SimulationParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<SimulationParameter>(SimulationParameter.class, this, SynergosPackage.SYSTEM_DYNAMICS_MODEL__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LookupTable> getLookupTables() {
		if (lookupTables == null) {
			lookupTables = new EObjectContainmentEList<LookupTable>(LookupTable.class, this, SynergosPackage.SYSTEM_DYNAMICS_MODEL__LOOKUP_TABLES);
		}
		return lookupTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Delay> getDelays() {
		if (delays == null) {
			delays = new EObjectContainmentEList<Delay>(Delay.class, this, SynergosPackage.SYSTEM_DYNAMICS_MODEL__DELAYS);
		}
		return delays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, SynergosPackage.SYSTEM_DYNAMICS_MODEL__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeColumn() {
		return timeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeColumn(String newTimeColumn) {
		String oldTimeColumn = timeColumn;
		timeColumn = newTimeColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_COLUMN, oldTimeColumn, timeColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOCKS:
				return ((InternalEList<?>)getStocks()).basicRemove(otherEnd, msgs);
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__AUXILIARIES:
				return ((InternalEList<?>)getAuxiliaries()).basicRemove(otherEnd, msgs);
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__LOOKUP_TABLES:
				return ((InternalEList<?>)getLookupTables()).basicRemove(otherEnd, msgs);
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__DELAYS:
				return ((InternalEList<?>)getDelays()).basicRemove(otherEnd, msgs);
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
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
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__START_TIME:
				return getStartTime();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOP_TIME:
				return getStopTime();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_STEP:
				return getTimeStep();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__METHOD:
				return getMethod();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_UNITS:
				return getTimeUnits();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOCKS:
				return getStocks();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__FLOWS:
				return getFlows();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__AUXILIARIES:
				return getAuxiliaries();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__PARAMETERS:
				return getParameters();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__LOOKUP_TABLES:
				return getLookupTables();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__DELAYS:
				return getDelays();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__SCENARIOS:
				return getScenarios();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_COLUMN:
				return getTimeColumn();
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
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__START_TIME:
				setStartTime((Double)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOP_TIME:
				setStopTime((Double)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_STEP:
				setTimeStep((Double)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__METHOD:
				setMethod((IntegrationMethod)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_UNITS:
				setTimeUnits((String)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOCKS:
				getStocks().clear();
				getStocks().addAll((Collection<? extends Stock>)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends Flow>)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__AUXILIARIES:
				getAuxiliaries().clear();
				getAuxiliaries().addAll((Collection<? extends Auxiliary>)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends SimulationParameter>)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__LOOKUP_TABLES:
				getLookupTables().clear();
				getLookupTables().addAll((Collection<? extends LookupTable>)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__DELAYS:
				getDelays().clear();
				getDelays().addAll((Collection<? extends Delay>)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_COLUMN:
				setTimeColumn((String)newValue);
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
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOP_TIME:
				setStopTime(STOP_TIME_EDEFAULT);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_STEP:
				setTimeStep(TIME_STEP_EDEFAULT);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_UNITS:
				setTimeUnits(TIME_UNITS_EDEFAULT);
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOCKS:
				getStocks().clear();
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__FLOWS:
				getFlows().clear();
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__AUXILIARIES:
				getAuxiliaries().clear();
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__PARAMETERS:
				getParameters().clear();
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__LOOKUP_TABLES:
				getLookupTables().clear();
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__DELAYS:
				getDelays().clear();
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__SCENARIOS:
				getScenarios().clear();
				return;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_COLUMN:
				setTimeColumn(TIME_COLUMN_EDEFAULT);
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
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__START_TIME:
				return startTime != START_TIME_EDEFAULT;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOP_TIME:
				return stopTime != STOP_TIME_EDEFAULT;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_STEP:
				return timeStep != TIME_STEP_EDEFAULT;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__METHOD:
				return method != METHOD_EDEFAULT;
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_UNITS:
				return TIME_UNITS_EDEFAULT == null ? timeUnits != null : !TIME_UNITS_EDEFAULT.equals(timeUnits);
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__STOCKS:
				return stocks != null && !stocks.isEmpty();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__FLOWS:
				return flows != null && !flows.isEmpty();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__AUXILIARIES:
				return auxiliaries != null && !auxiliaries.isEmpty();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__LOOKUP_TABLES:
				return lookupTables != null && !lookupTables.isEmpty();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__DELAYS:
				return delays != null && !delays.isEmpty();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL__TIME_COLUMN:
				return TIME_COLUMN_EDEFAULT == null ? timeColumn != null : !TIME_COLUMN_EDEFAULT.equals(timeColumn);
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
		result.append(" (startTime: ");
		result.append(startTime);
		result.append(", stopTime: ");
		result.append(stopTime);
		result.append(", timeStep: ");
		result.append(timeStep);
		result.append(", method: ");
		result.append(method);
		result.append(", timeUnits: ");
		result.append(timeUnits);
		result.append(", timeColumn: ");
		result.append(timeColumn);
		result.append(')');
		return result.toString();
	}

} //SystemDynamicsModelImpl
