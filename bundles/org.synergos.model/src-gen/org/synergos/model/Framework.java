/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a Synergos model: one collaborative-innovation study.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Framework#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getActors <em>Actors</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getCollaborations <em>Collaborations</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getConstructs <em>Constructs</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getPaths <em>Paths</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getMediations <em>Mediations</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getModerations <em>Moderations</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getCovariances <em>Covariances</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getDefinedParameters <em>Defined Parameters</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getCausalMaps <em>Causal Maps</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getEvents <em>Events</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getIndices <em>Indices</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getImplementationPathMaps <em>Implementation Path Maps</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getAnalyses <em>Analyses</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getProductionFunctions <em>Production Functions</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getReportedStatistics <em>Reported Statistics</em>}</li>
 *   <li>{@link org.synergos.model.Framework#getSystemDynamicsModels <em>System Dynamics Models</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getFramework()
 * @model
 * @generated
 */
public interface Framework extends Named {
	/**
	 * Returns the value of the '<em><b>Authors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authors</em>' attribute list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Authors()
	 * @model
	 * @generated
	 */
	EList<String> getAuthors();

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Collaborations</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Collaboration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collaborations</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Collaborations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Collaboration> getCollaborations();

	/**
	 * Returns the value of the '<em><b>Constructs</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Construct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constructs</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Constructs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Construct> getConstructs();

	/**
	 * Returns the value of the '<em><b>Paths</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.StructuralPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paths</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Paths()
	 * @model containment="true"
	 * @generated
	 */
	EList<StructuralPath> getPaths();

	/**
	 * Returns the value of the '<em><b>Mediations</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.MediationHypothesis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mediations</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Mediations()
	 * @model containment="true"
	 * @generated
	 */
	EList<MediationHypothesis> getMediations();

	/**
	 * Returns the value of the '<em><b>Moderations</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.ModerationHypothesis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moderations</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Moderations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModerationHypothesis> getModerations();

	/**
	 * Returns the value of the '<em><b>Covariances</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Covariance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covariances</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Covariances()
	 * @model containment="true"
	 * @generated
	 */
	EList<Covariance> getCovariances();

	/**
	 * Returns the value of the '<em><b>Defined Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.DefinedParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Defined Parameters</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_DefinedParameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<DefinedParameter> getDefinedParameters();

	/**
	 * Returns the value of the '<em><b>Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.ParameterConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constraints</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Constraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterConstraint> getConstraints();

	/**
	 * Returns the value of the '<em><b>Causal Maps</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.CausalMap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causal Maps</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_CausalMaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<CausalMap> getCausalMaps();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Event}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<Event> getEvents();

	/**
	 * Returns the value of the '<em><b>Indices</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Index}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indices</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Indices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Index> getIndices();

	/**
	 * Returns the value of the '<em><b>Implementation Path Maps</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.ImplementationPathMap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Implementation Path Maps</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_ImplementationPathMaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImplementationPathMap> getImplementationPathMaps();

	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Analyses</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.AnalysisConfiguration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analyses</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Analyses()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalysisConfiguration> getAnalyses();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Problem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<Problem> getProblems();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Production Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.ProductionFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Production Functions</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_ProductionFunctions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProductionFunction> getProductionFunctions();

	/**
	 * Returns the value of the '<em><b>Reported Statistics</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.ReportedStatistic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported Statistics</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_ReportedStatistics()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportedStatistic> getReportedStatistics();

	/**
	 * Returns the value of the '<em><b>System Dynamics Models</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.SystemDynamicsModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System Dynamics Models</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getFramework_SystemDynamicsModels()
	 * @model containment="true"
	 * @generated
	 */
	EList<SystemDynamicsModel> getSystemDynamicsModels();

} // Framework
