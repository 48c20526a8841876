/**
 */
package org.synergos.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.synergos.model.Actor;
import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.CausalMap;
import org.synergos.model.Collaboration;
import org.synergos.model.Construct;
import org.synergos.model.Covariance;
import org.synergos.model.DataSource;
import org.synergos.model.DefinedParameter;
import org.synergos.model.Event;
import org.synergos.model.Framework;
import org.synergos.model.ImplementationPathMap;
import org.synergos.model.Index;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.ModerationHypothesis;
import org.synergos.model.ParameterConstraint;
import org.synergos.model.Problem;
import org.synergos.model.ProductionFunction;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.Strategy;
import org.synergos.model.StructuralPath;
import org.synergos.model.SynergosPackage;
import org.synergos.model.SystemDynamicsModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getCollaborations <em>Collaborations</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getConstructs <em>Constructs</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getPaths <em>Paths</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getMediations <em>Mediations</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getModerations <em>Moderations</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getCovariances <em>Covariances</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getDefinedParameters <em>Defined Parameters</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getCausalMaps <em>Causal Maps</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getIndices <em>Indices</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getImplementationPathMaps <em>Implementation Path Maps</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getAnalyses <em>Analyses</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getProductionFunctions <em>Production Functions</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getReportedStatistics <em>Reported Statistics</em>}</li>
 *   <li>{@link org.synergos.model.impl.FrameworkImpl#getSystemDynamicsModels <em>System Dynamics Models</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FrameworkImpl extends NamedImpl implements Framework {
	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> authors;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getCollaborations() <em>Collaborations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollaborations()
	 * @generated
	 * @ordered
	 */
	protected EList<Collaboration> collaborations;

	/**
	 * The cached value of the '{@link #getConstructs() <em>Constructs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstructs()
	 * @generated
	 * @ordered
	 */
	protected EList<Construct> constructs;

	/**
	 * The cached value of the '{@link #getPaths() <em>Paths</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaths()
	 * @generated
	 * @ordered
	 */
	protected EList<StructuralPath> paths;

	/**
	 * The cached value of the '{@link #getMediations() <em>Mediations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediations()
	 * @generated
	 * @ordered
	 */
	protected EList<MediationHypothesis> mediations;

	/**
	 * The cached value of the '{@link #getModerations() <em>Moderations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModerations()
	 * @generated
	 * @ordered
	 */
	protected EList<ModerationHypothesis> moderations;

	/**
	 * The cached value of the '{@link #getCovariances() <em>Covariances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovariances()
	 * @generated
	 * @ordered
	 */
	protected EList<Covariance> covariances;

	/**
	 * The cached value of the '{@link #getDefinedParameters() <em>Defined Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinedParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<DefinedParameter> definedParameters;

	/**
	 * The cached value of the '{@link #getConstraints() <em>Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterConstraint> constraints;

	/**
	 * The cached value of the '{@link #getCausalMaps() <em>Causal Maps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCausalMaps()
	 * @generated
	 * @ordered
	 */
	protected EList<CausalMap> causalMaps;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<Event> events;

	/**
	 * The cached value of the '{@link #getIndices() <em>Indices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndices()
	 * @generated
	 * @ordered
	 */
	protected EList<Index> indices;

	/**
	 * The cached value of the '{@link #getImplementationPathMaps() <em>Implementation Path Maps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementationPathMaps()
	 * @generated
	 * @ordered
	 */
	protected EList<ImplementationPathMap> implementationPathMaps;

	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The cached value of the '{@link #getAnalyses() <em>Analyses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyses()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalysisConfiguration> analyses;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<Problem> problems;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> strategies;

	/**
	 * The cached value of the '{@link #getProductionFunctions() <em>Production Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductionFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<ProductionFunction> productionFunctions;

	/**
	 * The cached value of the '{@link #getReportedStatistics() <em>Reported Statistics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedStatistics()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportedStatistic> reportedStatistics;

	/**
	 * The cached value of the '{@link #getSystemDynamicsModels() <em>System Dynamics Models</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemDynamicsModels()
	 * @generated
	 * @ordered
	 */
	protected EList<SystemDynamicsModel> systemDynamicsModels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrameworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.FRAMEWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAuthors() {
		if (authors == null) {
			authors = new EDataTypeUniqueEList<String>(String.class, this, SynergosPackage.FRAMEWORK__AUTHORS);
		}
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, SynergosPackage.FRAMEWORK__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, SynergosPackage.FRAMEWORK__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Collaboration> getCollaborations() {
		if (collaborations == null) {
			collaborations = new EObjectContainmentEList<Collaboration>(Collaboration.class, this, SynergosPackage.FRAMEWORK__COLLABORATIONS);
		}
		return collaborations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Construct> getConstructs() {
		if (constructs == null) {
			constructs = new EObjectContainmentEList<Construct>(Construct.class, this, SynergosPackage.FRAMEWORK__CONSTRUCTS);
		}
		return constructs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StructuralPath> getPaths() {
		if (paths == null) {
			paths = new EObjectContainmentEList<StructuralPath>(StructuralPath.class, this, SynergosPackage.FRAMEWORK__PATHS);
		}
		return paths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediationHypothesis> getMediations() {
		if (mediations == null) {
			mediations = new EObjectContainmentEList<MediationHypothesis>(MediationHypothesis.class, this, SynergosPackage.FRAMEWORK__MEDIATIONS);
		}
		return mediations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModerationHypothesis> getModerations() {
		if (moderations == null) {
			moderations = new EObjectContainmentEList<ModerationHypothesis>(ModerationHypothesis.class, this, SynergosPackage.FRAMEWORK__MODERATIONS);
		}
		return moderations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Covariance> getCovariances() {
		if (covariances == null) {
			covariances = new EObjectContainmentEList<Covariance>(Covariance.class, this, SynergosPackage.FRAMEWORK__COVARIANCES);
		}
		return covariances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DefinedParameter> getDefinedParameters() {
		if (definedParameters == null) {
			definedParameters = new EObjectContainmentEList<DefinedParameter>(DefinedParameter.class, this, SynergosPackage.FRAMEWORK__DEFINED_PARAMETERS);
		}
		return definedParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterConstraint> getConstraints() {
		if (constraints == null) {
			constraints = new EObjectContainmentEList<ParameterConstraint>(ParameterConstraint.class, this, SynergosPackage.FRAMEWORK__CONSTRAINTS);
		}
		return constraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CausalMap> getCausalMaps() {
		if (causalMaps == null) {
			causalMaps = new EObjectContainmentEList<CausalMap>(CausalMap.class, this, SynergosPackage.FRAMEWORK__CAUSAL_MAPS);
		}
		return causalMaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Event> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<Event>(Event.class, this, SynergosPackage.FRAMEWORK__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Index> getIndices() {
		if (indices == null) {
			indices = new EObjectContainmentEList<Index>(Index.class, this, SynergosPackage.FRAMEWORK__INDICES);
		}
		return indices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImplementationPathMap> getImplementationPathMaps() {
		if (implementationPathMaps == null) {
			implementationPathMaps = new EObjectContainmentEList<ImplementationPathMap>(ImplementationPathMap.class, this, SynergosPackage.FRAMEWORK__IMPLEMENTATION_PATH_MAPS);
		}
		return implementationPathMaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources() {
		if (dataSources == null) {
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, SynergosPackage.FRAMEWORK__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalysisConfiguration> getAnalyses() {
		if (analyses == null) {
			analyses = new EObjectContainmentEList<AnalysisConfiguration>(AnalysisConfiguration.class, this, SynergosPackage.FRAMEWORK__ANALYSES);
		}
		return analyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Problem> getProblems() {
		if (problems == null) {
			problems = new EObjectContainmentEList<Problem>(Problem.class, this, SynergosPackage.FRAMEWORK__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, SynergosPackage.FRAMEWORK__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProductionFunction> getProductionFunctions() {
		if (productionFunctions == null) {
			productionFunctions = new EObjectContainmentEList<ProductionFunction>(ProductionFunction.class, this, SynergosPackage.FRAMEWORK__PRODUCTION_FUNCTIONS);
		}
		return productionFunctions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportedStatistic> getReportedStatistics() {
		if (reportedStatistics == null) {
			reportedStatistics = new EObjectContainmentEList<ReportedStatistic>(ReportedStatistic.class, this, SynergosPackage.FRAMEWORK__REPORTED_STATISTICS);
		}
		return reportedStatistics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SystemDynamicsModel> getSystemDynamicsModels() {
		if (systemDynamicsModels == null) {
			systemDynamicsModels = new EObjectContainmentEList<SystemDynamicsModel>(SystemDynamicsModel.class, this, SynergosPackage.FRAMEWORK__SYSTEM_DYNAMICS_MODELS);
		}
		return systemDynamicsModels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SynergosPackage.FRAMEWORK__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__COLLABORATIONS:
				return ((InternalEList<?>)getCollaborations()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__CONSTRUCTS:
				return ((InternalEList<?>)getConstructs()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__PATHS:
				return ((InternalEList<?>)getPaths()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__MEDIATIONS:
				return ((InternalEList<?>)getMediations()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__MODERATIONS:
				return ((InternalEList<?>)getModerations()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__COVARIANCES:
				return ((InternalEList<?>)getCovariances()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__DEFINED_PARAMETERS:
				return ((InternalEList<?>)getDefinedParameters()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__CONSTRAINTS:
				return ((InternalEList<?>)getConstraints()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__CAUSAL_MAPS:
				return ((InternalEList<?>)getCausalMaps()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__INDICES:
				return ((InternalEList<?>)getIndices()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__IMPLEMENTATION_PATH_MAPS:
				return ((InternalEList<?>)getImplementationPathMaps()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__ANALYSES:
				return ((InternalEList<?>)getAnalyses()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__PRODUCTION_FUNCTIONS:
				return ((InternalEList<?>)getProductionFunctions()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__REPORTED_STATISTICS:
				return ((InternalEList<?>)getReportedStatistics()).basicRemove(otherEnd, msgs);
			case SynergosPackage.FRAMEWORK__SYSTEM_DYNAMICS_MODELS:
				return ((InternalEList<?>)getSystemDynamicsModels()).basicRemove(otherEnd, msgs);
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
			case SynergosPackage.FRAMEWORK__AUTHORS:
				return getAuthors();
			case SynergosPackage.FRAMEWORK__LANGUAGES:
				return getLanguages();
			case SynergosPackage.FRAMEWORK__ACTORS:
				return getActors();
			case SynergosPackage.FRAMEWORK__COLLABORATIONS:
				return getCollaborations();
			case SynergosPackage.FRAMEWORK__CONSTRUCTS:
				return getConstructs();
			case SynergosPackage.FRAMEWORK__PATHS:
				return getPaths();
			case SynergosPackage.FRAMEWORK__MEDIATIONS:
				return getMediations();
			case SynergosPackage.FRAMEWORK__MODERATIONS:
				return getModerations();
			case SynergosPackage.FRAMEWORK__COVARIANCES:
				return getCovariances();
			case SynergosPackage.FRAMEWORK__DEFINED_PARAMETERS:
				return getDefinedParameters();
			case SynergosPackage.FRAMEWORK__CONSTRAINTS:
				return getConstraints();
			case SynergosPackage.FRAMEWORK__CAUSAL_MAPS:
				return getCausalMaps();
			case SynergosPackage.FRAMEWORK__EVENTS:
				return getEvents();
			case SynergosPackage.FRAMEWORK__INDICES:
				return getIndices();
			case SynergosPackage.FRAMEWORK__IMPLEMENTATION_PATH_MAPS:
				return getImplementationPathMaps();
			case SynergosPackage.FRAMEWORK__DATA_SOURCES:
				return getDataSources();
			case SynergosPackage.FRAMEWORK__ANALYSES:
				return getAnalyses();
			case SynergosPackage.FRAMEWORK__PROBLEMS:
				return getProblems();
			case SynergosPackage.FRAMEWORK__STRATEGIES:
				return getStrategies();
			case SynergosPackage.FRAMEWORK__PRODUCTION_FUNCTIONS:
				return getProductionFunctions();
			case SynergosPackage.FRAMEWORK__REPORTED_STATISTICS:
				return getReportedStatistics();
			case SynergosPackage.FRAMEWORK__SYSTEM_DYNAMICS_MODELS:
				return getSystemDynamicsModels();
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
			case SynergosPackage.FRAMEWORK__AUTHORS:
				getAuthors().clear();
				getAuthors().addAll((Collection<? extends String>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__COLLABORATIONS:
				getCollaborations().clear();
				getCollaborations().addAll((Collection<? extends Collaboration>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__CONSTRUCTS:
				getConstructs().clear();
				getConstructs().addAll((Collection<? extends Construct>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__PATHS:
				getPaths().clear();
				getPaths().addAll((Collection<? extends StructuralPath>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__MEDIATIONS:
				getMediations().clear();
				getMediations().addAll((Collection<? extends MediationHypothesis>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__MODERATIONS:
				getModerations().clear();
				getModerations().addAll((Collection<? extends ModerationHypothesis>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__COVARIANCES:
				getCovariances().clear();
				getCovariances().addAll((Collection<? extends Covariance>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__DEFINED_PARAMETERS:
				getDefinedParameters().clear();
				getDefinedParameters().addAll((Collection<? extends DefinedParameter>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__CONSTRAINTS:
				getConstraints().clear();
				getConstraints().addAll((Collection<? extends ParameterConstraint>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__CAUSAL_MAPS:
				getCausalMaps().clear();
				getCausalMaps().addAll((Collection<? extends CausalMap>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends Event>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__INDICES:
				getIndices().clear();
				getIndices().addAll((Collection<? extends Index>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__IMPLEMENTATION_PATH_MAPS:
				getImplementationPathMaps().clear();
				getImplementationPathMaps().addAll((Collection<? extends ImplementationPathMap>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__ANALYSES:
				getAnalyses().clear();
				getAnalyses().addAll((Collection<? extends AnalysisConfiguration>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends Problem>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__PRODUCTION_FUNCTIONS:
				getProductionFunctions().clear();
				getProductionFunctions().addAll((Collection<? extends ProductionFunction>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__REPORTED_STATISTICS:
				getReportedStatistics().clear();
				getReportedStatistics().addAll((Collection<? extends ReportedStatistic>)newValue);
				return;
			case SynergosPackage.FRAMEWORK__SYSTEM_DYNAMICS_MODELS:
				getSystemDynamicsModels().clear();
				getSystemDynamicsModels().addAll((Collection<? extends SystemDynamicsModel>)newValue);
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
			case SynergosPackage.FRAMEWORK__AUTHORS:
				getAuthors().clear();
				return;
			case SynergosPackage.FRAMEWORK__LANGUAGES:
				getLanguages().clear();
				return;
			case SynergosPackage.FRAMEWORK__ACTORS:
				getActors().clear();
				return;
			case SynergosPackage.FRAMEWORK__COLLABORATIONS:
				getCollaborations().clear();
				return;
			case SynergosPackage.FRAMEWORK__CONSTRUCTS:
				getConstructs().clear();
				return;
			case SynergosPackage.FRAMEWORK__PATHS:
				getPaths().clear();
				return;
			case SynergosPackage.FRAMEWORK__MEDIATIONS:
				getMediations().clear();
				return;
			case SynergosPackage.FRAMEWORK__MODERATIONS:
				getModerations().clear();
				return;
			case SynergosPackage.FRAMEWORK__COVARIANCES:
				getCovariances().clear();
				return;
			case SynergosPackage.FRAMEWORK__DEFINED_PARAMETERS:
				getDefinedParameters().clear();
				return;
			case SynergosPackage.FRAMEWORK__CONSTRAINTS:
				getConstraints().clear();
				return;
			case SynergosPackage.FRAMEWORK__CAUSAL_MAPS:
				getCausalMaps().clear();
				return;
			case SynergosPackage.FRAMEWORK__EVENTS:
				getEvents().clear();
				return;
			case SynergosPackage.FRAMEWORK__INDICES:
				getIndices().clear();
				return;
			case SynergosPackage.FRAMEWORK__IMPLEMENTATION_PATH_MAPS:
				getImplementationPathMaps().clear();
				return;
			case SynergosPackage.FRAMEWORK__DATA_SOURCES:
				getDataSources().clear();
				return;
			case SynergosPackage.FRAMEWORK__ANALYSES:
				getAnalyses().clear();
				return;
			case SynergosPackage.FRAMEWORK__PROBLEMS:
				getProblems().clear();
				return;
			case SynergosPackage.FRAMEWORK__STRATEGIES:
				getStrategies().clear();
				return;
			case SynergosPackage.FRAMEWORK__PRODUCTION_FUNCTIONS:
				getProductionFunctions().clear();
				return;
			case SynergosPackage.FRAMEWORK__REPORTED_STATISTICS:
				getReportedStatistics().clear();
				return;
			case SynergosPackage.FRAMEWORK__SYSTEM_DYNAMICS_MODELS:
				getSystemDynamicsModels().clear();
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
			case SynergosPackage.FRAMEWORK__AUTHORS:
				return authors != null && !authors.isEmpty();
			case SynergosPackage.FRAMEWORK__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case SynergosPackage.FRAMEWORK__ACTORS:
				return actors != null && !actors.isEmpty();
			case SynergosPackage.FRAMEWORK__COLLABORATIONS:
				return collaborations != null && !collaborations.isEmpty();
			case SynergosPackage.FRAMEWORK__CONSTRUCTS:
				return constructs != null && !constructs.isEmpty();
			case SynergosPackage.FRAMEWORK__PATHS:
				return paths != null && !paths.isEmpty();
			case SynergosPackage.FRAMEWORK__MEDIATIONS:
				return mediations != null && !mediations.isEmpty();
			case SynergosPackage.FRAMEWORK__MODERATIONS:
				return moderations != null && !moderations.isEmpty();
			case SynergosPackage.FRAMEWORK__COVARIANCES:
				return covariances != null && !covariances.isEmpty();
			case SynergosPackage.FRAMEWORK__DEFINED_PARAMETERS:
				return definedParameters != null && !definedParameters.isEmpty();
			case SynergosPackage.FRAMEWORK__CONSTRAINTS:
				return constraints != null && !constraints.isEmpty();
			case SynergosPackage.FRAMEWORK__CAUSAL_MAPS:
				return causalMaps != null && !causalMaps.isEmpty();
			case SynergosPackage.FRAMEWORK__EVENTS:
				return events != null && !events.isEmpty();
			case SynergosPackage.FRAMEWORK__INDICES:
				return indices != null && !indices.isEmpty();
			case SynergosPackage.FRAMEWORK__IMPLEMENTATION_PATH_MAPS:
				return implementationPathMaps != null && !implementationPathMaps.isEmpty();
			case SynergosPackage.FRAMEWORK__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case SynergosPackage.FRAMEWORK__ANALYSES:
				return analyses != null && !analyses.isEmpty();
			case SynergosPackage.FRAMEWORK__PROBLEMS:
				return problems != null && !problems.isEmpty();
			case SynergosPackage.FRAMEWORK__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case SynergosPackage.FRAMEWORK__PRODUCTION_FUNCTIONS:
				return productionFunctions != null && !productionFunctions.isEmpty();
			case SynergosPackage.FRAMEWORK__REPORTED_STATISTICS:
				return reportedStatistics != null && !reportedStatistics.isEmpty();
			case SynergosPackage.FRAMEWORK__SYSTEM_DYNAMICS_MODELS:
				return systemDynamicsModels != null && !systemDynamicsModels.isEmpty();
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
		result.append(" (authors: ");
		result.append(authors);
		result.append(", languages: ");
		result.append(languages);
		result.append(')');
		return result.toString();
	}

} //FrameworkImpl
