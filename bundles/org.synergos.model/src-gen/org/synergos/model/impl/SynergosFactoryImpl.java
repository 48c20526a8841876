/**
 */
package org.synergos.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.synergos.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SynergosFactoryImpl extends EFactoryImpl implements SynergosFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SynergosFactory init() {
		try {
			SynergosFactory theSynergosFactory = (SynergosFactory)EPackage.Registry.INSTANCE.getEFactory(SynergosPackage.eNS_URI);
			if (theSynergosFactory != null) {
				return theSynergosFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SynergosFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SynergosFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SynergosPackage.FRAMEWORK: return createFramework();
			case SynergosPackage.ACTOR: return createActor();
			case SynergosPackage.COLLABORATION: return createCollaboration();
			case SynergosPackage.REVENUE_SHARE: return createRevenueShare();
			case SynergosPackage.CONSTRUCT: return createConstruct();
			case SynergosPackage.INDICATOR: return createIndicator();
			case SynergosPackage.SCALE: return createScale();
			case SynergosPackage.STRUCTURAL_PATH: return createStructuralPath();
			case SynergosPackage.MEDIATION_HYPOTHESIS: return createMediationHypothesis();
			case SynergosPackage.MODERATION_HYPOTHESIS: return createModerationHypothesis();
			case SynergosPackage.COVARIANCE: return createCovariance();
			case SynergosPackage.DEFINED_PARAMETER: return createDefinedParameter();
			case SynergosPackage.PARAMETER_CONSTRAINT: return createParameterConstraint();
			case SynergosPackage.CAUSAL_MAP: return createCausalMap();
			case SynergosPackage.CAUSAL_STAGE: return createCausalStage();
			case SynergosPackage.CAUSAL_LINK: return createCausalLink();
			case SynergosPackage.EVENT: return createEvent();
			case SynergosPackage.INDEX: return createIndex();
			case SynergosPackage.SUMMARY_STATISTICS: return createSummaryStatistics();
			case SynergosPackage.OBSERVATION: return createObservation();
			case SynergosPackage.IMPLEMENTATION_PATH_MAP: return createImplementationPathMap();
			case SynergosPackage.PATH_STAGE: return createPathStage();
			case SynergosPackage.TRANSITION: return createTransition();
			case SynergosPackage.DATA_SOURCE: return createDataSource();
			case SynergosPackage.COLUMN_MAPPING: return createColumnMapping();
			case SynergosPackage.ANALYSIS_CONFIGURATION: return createAnalysisConfiguration();
			case SynergosPackage.PARAMETER: return createParameter();
			case SynergosPackage.PROBLEM: return createProblem();
			case SynergosPackage.STRATEGY: return createStrategy();
			case SynergosPackage.PRODUCTION_FUNCTION: return createProductionFunction();
			case SynergosPackage.PRODUCTION_FACTOR: return createProductionFactor();
			case SynergosPackage.REPORTED_STATISTIC: return createReportedStatistic();
			case SynergosPackage.SYSTEM_DYNAMICS_MODEL: return createSystemDynamicsModel();
			case SynergosPackage.STOCK: return createStock();
			case SynergosPackage.FLOW: return createFlow();
			case SynergosPackage.AUXILIARY: return createAuxiliary();
			case SynergosPackage.SIMULATION_PARAMETER: return createSimulationParameter();
			case SynergosPackage.LOOKUP_TABLE: return createLookupTable();
			case SynergosPackage.DELAY: return createDelay();
			case SynergosPackage.SCENARIO: return createScenario();
			case SynergosPackage.PARAMETER_OVERRIDE: return createParameterOverride();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SynergosPackage.ACTOR_KIND:
				return createActorKindFromString(eDataType, initialValue);
			case SynergosPackage.COLLABORATION_KIND:
				return createCollaborationKindFromString(eDataType, initialValue);
			case SynergosPackage.CONSTRUCT_MODE:
				return createConstructModeFromString(eDataType, initialValue);
			case SynergosPackage.WEIGHTING:
				return createWeightingFromString(eDataType, initialValue);
			case SynergosPackage.EXPECTED_SIGN:
				return createExpectedSignFromString(eDataType, initialValue);
			case SynergosPackage.INDEX_DIRECTION:
				return createIndexDirectionFromString(eDataType, initialValue);
			case SynergosPackage.OBSERVATION_PHASE:
				return createObservationPhaseFromString(eDataType, initialValue);
			case SynergosPackage.PATH_STAGE_KIND:
				return createPathStageKindFromString(eDataType, initialValue);
			case SynergosPackage.DATA_FORMAT:
				return createDataFormatFromString(eDataType, initialValue);
			case SynergosPackage.CONSTRAINT_OPERATOR:
				return createConstraintOperatorFromString(eDataType, initialValue);
			case SynergosPackage.STRATEGY_KIND:
				return createStrategyKindFromString(eDataType, initialValue);
			case SynergosPackage.INTEGRATION_METHOD:
				return createIntegrationMethodFromString(eDataType, initialValue);
			case SynergosPackage.DELAY_KIND:
				return createDelayKindFromString(eDataType, initialValue);
			case SynergosPackage.LOOKUP_INTERPOLATION:
				return createLookupInterpolationFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SynergosPackage.ACTOR_KIND:
				return convertActorKindToString(eDataType, instanceValue);
			case SynergosPackage.COLLABORATION_KIND:
				return convertCollaborationKindToString(eDataType, instanceValue);
			case SynergosPackage.CONSTRUCT_MODE:
				return convertConstructModeToString(eDataType, instanceValue);
			case SynergosPackage.WEIGHTING:
				return convertWeightingToString(eDataType, instanceValue);
			case SynergosPackage.EXPECTED_SIGN:
				return convertExpectedSignToString(eDataType, instanceValue);
			case SynergosPackage.INDEX_DIRECTION:
				return convertIndexDirectionToString(eDataType, instanceValue);
			case SynergosPackage.OBSERVATION_PHASE:
				return convertObservationPhaseToString(eDataType, instanceValue);
			case SynergosPackage.PATH_STAGE_KIND:
				return convertPathStageKindToString(eDataType, instanceValue);
			case SynergosPackage.DATA_FORMAT:
				return convertDataFormatToString(eDataType, instanceValue);
			case SynergosPackage.CONSTRAINT_OPERATOR:
				return convertConstraintOperatorToString(eDataType, instanceValue);
			case SynergosPackage.STRATEGY_KIND:
				return convertStrategyKindToString(eDataType, instanceValue);
			case SynergosPackage.INTEGRATION_METHOD:
				return convertIntegrationMethodToString(eDataType, instanceValue);
			case SynergosPackage.DELAY_KIND:
				return convertDelayKindToString(eDataType, instanceValue);
			case SynergosPackage.LOOKUP_INTERPOLATION:
				return convertLookupInterpolationToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Framework createFramework() {
		FrameworkImpl framework = new FrameworkImpl();
		return framework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor createActor() {
		ActorImpl actor = new ActorImpl();
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collaboration createCollaboration() {
		CollaborationImpl collaboration = new CollaborationImpl();
		return collaboration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RevenueShare createRevenueShare() {
		RevenueShareImpl revenueShare = new RevenueShareImpl();
		return revenueShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Construct createConstruct() {
		ConstructImpl construct = new ConstructImpl();
		return construct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale createScale() {
		ScaleImpl scale = new ScaleImpl();
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StructuralPath createStructuralPath() {
		StructuralPathImpl structuralPath = new StructuralPathImpl();
		return structuralPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediationHypothesis createMediationHypothesis() {
		MediationHypothesisImpl mediationHypothesis = new MediationHypothesisImpl();
		return mediationHypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModerationHypothesis createModerationHypothesis() {
		ModerationHypothesisImpl moderationHypothesis = new ModerationHypothesisImpl();
		return moderationHypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Covariance createCovariance() {
		CovarianceImpl covariance = new CovarianceImpl();
		return covariance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DefinedParameter createDefinedParameter() {
		DefinedParameterImpl definedParameter = new DefinedParameterImpl();
		return definedParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterConstraint createParameterConstraint() {
		ParameterConstraintImpl parameterConstraint = new ParameterConstraintImpl();
		return parameterConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CausalMap createCausalMap() {
		CausalMapImpl causalMap = new CausalMapImpl();
		return causalMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CausalStage createCausalStage() {
		CausalStageImpl causalStage = new CausalStageImpl();
		return causalStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CausalLink createCausalLink() {
		CausalLinkImpl causalLink = new CausalLinkImpl();
		return causalLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Event createEvent() {
		EventImpl event = new EventImpl();
		return event;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Index createIndex() {
		IndexImpl index = new IndexImpl();
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SummaryStatistics createSummaryStatistics() {
		SummaryStatisticsImpl summaryStatistics = new SummaryStatisticsImpl();
		return summaryStatistics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Observation createObservation() {
		ObservationImpl observation = new ObservationImpl();
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationPathMap createImplementationPathMap() {
		ImplementationPathMapImpl implementationPathMap = new ImplementationPathMapImpl();
		return implementationPathMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PathStage createPathStage() {
		PathStageImpl pathStage = new PathStageImpl();
		return pathStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transition createTransition() {
		TransitionImpl transition = new TransitionImpl();
		return transition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColumnMapping createColumnMapping() {
		ColumnMappingImpl columnMapping = new ColumnMappingImpl();
		return columnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisConfiguration createAnalysisConfiguration() {
		AnalysisConfigurationImpl analysisConfiguration = new AnalysisConfigurationImpl();
		return analysisConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Problem createProblem() {
		ProblemImpl problem = new ProblemImpl();
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy createStrategy() {
		StrategyImpl strategy = new StrategyImpl();
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductionFunction createProductionFunction() {
		ProductionFunctionImpl productionFunction = new ProductionFunctionImpl();
		return productionFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductionFactor createProductionFactor() {
		ProductionFactorImpl productionFactor = new ProductionFactorImpl();
		return productionFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportedStatistic createReportedStatistic() {
		ReportedStatisticImpl reportedStatistic = new ReportedStatisticImpl();
		return reportedStatistic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemDynamicsModel createSystemDynamicsModel() {
		SystemDynamicsModelImpl systemDynamicsModel = new SystemDynamicsModelImpl();
		return systemDynamicsModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stock createStock() {
		StockImpl stock = new StockImpl();
		return stock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flow createFlow() {
		FlowImpl flow = new FlowImpl();
		return flow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Auxiliary createAuxiliary() {
		AuxiliaryImpl auxiliary = new AuxiliaryImpl();
		return auxiliary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SimulationParameter createSimulationParameter() {
		SimulationParameterImpl simulationParameter = new SimulationParameterImpl();
		return simulationParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LookupTable createLookupTable() {
		LookupTableImpl lookupTable = new LookupTableImpl();
		return lookupTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Delay createDelay() {
		DelayImpl delay = new DelayImpl();
		return delay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterOverride createParameterOverride() {
		ParameterOverrideImpl parameterOverride = new ParameterOverrideImpl();
		return parameterOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActorKind createActorKindFromString(EDataType eDataType, String initialValue) {
		ActorKind result = ActorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CollaborationKind createCollaborationKindFromString(EDataType eDataType, String initialValue) {
		CollaborationKind result = CollaborationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCollaborationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConstructMode createConstructModeFromString(EDataType eDataType, String initialValue) {
		ConstructMode result = ConstructMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConstructModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Weighting createWeightingFromString(EDataType eDataType, String initialValue) {
		Weighting result = Weighting.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeightingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExpectedSign createExpectedSignFromString(EDataType eDataType, String initialValue) {
		ExpectedSign result = ExpectedSign.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExpectedSignToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndexDirection createIndexDirectionFromString(EDataType eDataType, String initialValue) {
		IndexDirection result = IndexDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndexDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObservationPhase createObservationPhaseFromString(EDataType eDataType, String initialValue) {
		ObservationPhase result = ObservationPhase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObservationPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PathStageKind createPathStageKindFromString(EDataType eDataType, String initialValue) {
		PathStageKind result = PathStageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPathStageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataFormat createDataFormatFromString(EDataType eDataType, String initialValue) {
		DataFormat result = DataFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConstraintOperator createConstraintOperatorFromString(EDataType eDataType, String initialValue) {
		ConstraintOperator result = ConstraintOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConstraintOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StrategyKind createStrategyKindFromString(EDataType eDataType, String initialValue) {
		StrategyKind result = StrategyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStrategyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntegrationMethod createIntegrationMethodFromString(EDataType eDataType, String initialValue) {
		IntegrationMethod result = IntegrationMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntegrationMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DelayKind createDelayKindFromString(EDataType eDataType, String initialValue) {
		DelayKind result = DelayKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDelayKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LookupInterpolation createLookupInterpolationFromString(EDataType eDataType, String initialValue) {
		LookupInterpolation result = LookupInterpolation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLookupInterpolationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SynergosPackage getSynergosPackage() {
		return (SynergosPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SynergosPackage getPackage() {
		return SynergosPackage.eINSTANCE;
	}

} //SynergosFactoryImpl
