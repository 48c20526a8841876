/**
 */
package org.synergos.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.synergos.model.SynergosFactory
 * @model kind="package"
 * @generated
 */
public interface SynergosPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://synergos.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "synergos";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SynergosPackage eINSTANCE = org.synergos.model.impl.SynergosPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.IdentifiedImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.NamedImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.VariableImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__CODE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.FrameworkImpl <em>Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.FrameworkImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getFramework()
	 * @generated
	 */
	int FRAMEWORK = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__AUTHORS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__LANGUAGES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ACTORS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Collaborations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__COLLABORATIONS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Constructs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__CONSTRUCTS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Paths</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PATHS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Mediations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__MEDIATIONS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Moderations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__MODERATIONS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Covariances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__COVARIANCES = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Defined Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DEFINED_PARAMETERS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__CONSTRAINTS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Causal Maps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__CAUSAL_MAPS = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__EVENTS = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Indices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__INDICES = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Implementation Path Maps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__IMPLEMENTATION_PATH_MAPS = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DATA_SOURCES = NAMED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ANALYSES = NAMED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PROBLEMS = NAMED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__STRATEGIES = NAMED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Production Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PRODUCTION_FUNCTIONS = NAMED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Reported Statistics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__REPORTED_STATISTICS = NAMED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>System Dynamics Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SYSTEM_DYNAMICS_MODELS = NAMED_FEATURE_COUNT + 21;

	/**
	 * The number of structural features of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_FEATURE_COUNT = NAMED_FEATURE_COUNT + 22;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ActorImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subkind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__SUBKIND = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ROLES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Responsibilities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__RESPONSIBILITIES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.CollaborationImpl <em>Collaboration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.CollaborationImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getCollaboration()
	 * @generated
	 */
	int COLLABORATION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION__SOURCE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION__TARGET = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION__PARTICIPANTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Revenue Shares</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION__REVENUE_SHARES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Collaboration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.RevenueShareImpl <em>Revenue Share</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.RevenueShareImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getRevenueShare()
	 * @generated
	 */
	int REVENUE_SHARE = 6;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_SHARE__ACTOR = 0;

	/**
	 * The feature id for the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_SHARE__PARTY = 1;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_SHARE__PERCENT = 2;

	/**
	 * The number of structural features of the '<em>Revenue Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_SHARE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ConstructImpl <em>Construct</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ConstructImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getConstruct()
	 * @generated
	 */
	int CONSTRUCT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__ID = VARIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__NAME = VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__DESCRIPTION = VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__CODE = VARIABLE__CODE;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__MODE = VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weighting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__WEIGHTING = VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dimension Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__DIMENSION_CATEGORY = VARIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__DIMENSIONS = VARIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT__INDICATORS = VARIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Construct</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRUCT_FEATURE_COUNT = VARIABLE_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.IndicatorImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = VARIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = VARIABLE__CODE;

	/**
	 * The feature id for the '<em><b>Item Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ITEM_TEXT = VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SCALE = VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__COLUMN = VARIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reverse Coded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__REVERSE_CODED = VARIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DATA_SOURCE = VARIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Loading Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__LOADING_LABEL = VARIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Loading Fixed Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__LOADING_FIXED_VALUE = VARIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Loading Free</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__LOADING_FREE = VARIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = VARIABLE_FEATURE_COUNT + 8;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ScaleImpl <em>Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ScaleImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getScale()
	 * @generated
	 */
	int SCALE = 9;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__POINTS = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__MIN = 2;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__MAX = 3;

	/**
	 * The number of structural features of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.HypothesisImpl <em>Hypothesis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.HypothesisImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getHypothesis()
	 * @generated
	 */
	int HYPOTHESIS = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Expected Sign</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS__EXPECTED_SIGN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Hypothesis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.StructuralPathImpl <em>Structural Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.StructuralPathImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getStructuralPath()
	 * @generated
	 */
	int STRUCTURAL_PATH = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH__ID = HYPOTHESIS__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH__LABEL = HYPOTHESIS__LABEL;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH__DESCRIPTION = HYPOTHESIS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Expected Sign</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH__EXPECTED_SIGN = HYPOTHESIS__EXPECTED_SIGN;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH__SOURCE = HYPOTHESIS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH__TARGET = HYPOTHESIS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameter Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH__PARAMETER_LABEL = HYPOTHESIS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fixed Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH__FIXED_VALUE = HYPOTHESIS_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Structural Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURAL_PATH_FEATURE_COUNT = HYPOTHESIS_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.MediationHypothesisImpl <em>Mediation Hypothesis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.MediationHypothesisImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getMediationHypothesis()
	 * @generated
	 */
	int MEDIATION_HYPOTHESIS = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_HYPOTHESIS__ID = HYPOTHESIS__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_HYPOTHESIS__LABEL = HYPOTHESIS__LABEL;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_HYPOTHESIS__DESCRIPTION = HYPOTHESIS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Expected Sign</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_HYPOTHESIS__EXPECTED_SIGN = HYPOTHESIS__EXPECTED_SIGN;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_HYPOTHESIS__SOURCE = HYPOTHESIS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_HYPOTHESIS__TARGET = HYPOTHESIS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mediators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_HYPOTHESIS__MEDIATORS = HYPOTHESIS_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Mediation Hypothesis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_HYPOTHESIS_FEATURE_COUNT = HYPOTHESIS_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ModerationHypothesisImpl <em>Moderation Hypothesis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ModerationHypothesisImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getModerationHypothesis()
	 * @generated
	 */
	int MODERATION_HYPOTHESIS = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODERATION_HYPOTHESIS__ID = HYPOTHESIS__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODERATION_HYPOTHESIS__LABEL = HYPOTHESIS__LABEL;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODERATION_HYPOTHESIS__DESCRIPTION = HYPOTHESIS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Expected Sign</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODERATION_HYPOTHESIS__EXPECTED_SIGN = HYPOTHESIS__EXPECTED_SIGN;

	/**
	 * The feature id for the '<em><b>Predictor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODERATION_HYPOTHESIS__PREDICTOR = HYPOTHESIS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Moderator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODERATION_HYPOTHESIS__MODERATOR = HYPOTHESIS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODERATION_HYPOTHESIS__TARGET = HYPOTHESIS_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Moderation Hypothesis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODERATION_HYPOTHESIS_FEATURE_COUNT = HYPOTHESIS_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.CovarianceImpl <em>Covariance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.CovarianceImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getCovariance()
	 * @generated
	 */
	int COVARIANCE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIANCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Left</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIANCE__LEFT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Right</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIANCE__RIGHT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameter Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIANCE__PARAMETER_LABEL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fixed Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIANCE__FIXED_VALUE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Covariance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIANCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.DefinedParameterImpl <em>Defined Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.DefinedParameterImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getDefinedParameter()
	 * @generated
	 */
	int DEFINED_PARAMETER = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINED_PARAMETER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINED_PARAMETER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINED_PARAMETER__EXPRESSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINED_PARAMETER__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Defined Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINED_PARAMETER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ParameterConstraintImpl <em>Parameter Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ParameterConstraintImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getParameterConstraint()
	 * @generated
	 */
	int PARAMETER_CONSTRAINT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CONSTRAINT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Left</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CONSTRAINT__LEFT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CONSTRAINT__OPERATOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Right</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CONSTRAINT__RIGHT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Parameter Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CONSTRAINT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.CausalMapImpl <em>Causal Map</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.CausalMapImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getCausalMap()
	 * @generated
	 */
	int CAUSAL_MAP = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_MAP__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_MAP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_MAP__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_MAP__STAGES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_MAP__LINKS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Causal Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_MAP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.CausalStageImpl <em>Causal Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.CausalStageImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getCausalStage()
	 * @generated
	 */
	int CAUSAL_STAGE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_STAGE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_STAGE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_STAGE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_STAGE__ORDER = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Constructs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_STAGE__CONSTRUCTS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Causal Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_STAGE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.CausalLinkImpl <em>Causal Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.CausalLinkImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getCausalLink()
	 * @generated
	 */
	int CAUSAL_LINK = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__SOURCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__TARGET = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Causal Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.EventImpl <em>Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.EventImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getEvent()
	 * @generated
	 */
	int EVENT = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__PERIOD = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Event Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__EVENT_TYPE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__PARTICIPANTS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Participant Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__PARTICIPANT_LABELS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Policy Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__POLICY_BACKGROUND = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__EFFECT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Constructs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__CONSTRUCTS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Indices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__INDICES = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.IndexImpl <em>Index</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.IndexImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getIndex()
	 * @generated
	 */
	int INDEX = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__CATEGORY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interpretation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__INTERPRETATION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__UNIT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Source Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__DATA_SOURCE_KIND = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__YEAR = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__DIRECTION = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Construct</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__CONSTRUCT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__OBSERVATIONS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__SUMMARY = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Index</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX_FEATURE_COUNT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.SummaryStatisticsImpl <em>Summary Statistics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.SummaryStatisticsImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getSummaryStatistics()
	 * @generated
	 */
	int SUMMARY_STATISTICS = 22;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_STATISTICS__MEAN = 0;

	/**
	 * The feature id for the '<em><b>Sd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_STATISTICS__SD = 1;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_STATISTICS__MAX = 2;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_STATISTICS__MIN = 3;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_STATISTICS__COUNT = 4;

	/**
	 * The number of structural features of the '<em>Summary Statistics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_STATISTICS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ObservationImpl <em>Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ObservationImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getObservation()
	 * @generated
	 */
	int OBSERVATION = 23;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__UNIT = 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__PERIOD = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__PHASE = 3;

	/**
	 * The number of structural features of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ImplementationPathMapImpl <em>Implementation Path Map</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ImplementationPathMapImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getImplementationPathMap()
	 * @generated
	 */
	int IMPLEMENTATION_PATH_MAP = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PATH_MAP__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PATH_MAP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PATH_MAP__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PATH_MAP__STAGES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PATH_MAP__TRANSITIONS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Implementation Path Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PATH_MAP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.PathStageImpl <em>Path Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.PathStageImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getPathStage()
	 * @generated
	 */
	int PATH_STAGE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_STAGE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_STAGE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_STAGE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_STAGE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Path Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_STAGE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.TransitionImpl <em>Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.TransitionImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getTransition()
	 * @generated
	 */
	int TRANSITION = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__SOURCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__TARGET = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__CONDITION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.DataSourceImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__PATH = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__FORMAT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Delimiter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DELIMITER = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Missing Value Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__MISSING_VALUE_CODES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sheet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__SHEET = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Column Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__COLUMN_MAPPINGS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ColumnMappingImpl <em>Column Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ColumnMappingImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getColumnMapping()
	 * @generated
	 */
	int COLUMN_MAPPING = 28;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__INDICATOR = 1;

	/**
	 * The number of structural features of the '<em>Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.AnalysisConfigurationImpl <em>Analysis Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.AnalysisConfigurationImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getAnalysisConfiguration()
	 * @generated
	 */
	int ANALYSIS_CONFIGURATION = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_CONFIGURATION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_CONFIGURATION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_CONFIGURATION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_CONFIGURATION__ENGINE_ID = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_CONFIGURATION__DATA_SOURCE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_CONFIGURATION__PARAMETERS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_CONFIGURATION__ENABLED = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Analysis Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_CONFIGURATION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ParameterImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 30;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ProblemImpl <em>Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ProblemImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getProblem()
	 * @generated
	 */
	int PROBLEM = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__CATEGORY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__ACTORS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.StrategyImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ADDRESSES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ACTORS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ProductionFunctionImpl <em>Production Function</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ProductionFunctionImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getProductionFunction()
	 * @generated
	 */
	int PRODUCTION_FUNCTION = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FUNCTION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FUNCTION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FUNCTION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FUNCTION__OUTPUT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FUNCTION__EXPRESSION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FUNCTION__FACTORS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Production Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FUNCTION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ProductionFactorImpl <em>Production Factor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ProductionFactorImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getProductionFactor()
	 * @generated
	 */
	int PRODUCTION_FACTOR = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FACTOR__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FACTOR__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FACTOR__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FACTOR__SYMBOL = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Constructs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FACTOR__CONSTRUCTS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Indices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FACTOR__INDICES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Production Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCTION_FACTOR_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ReportedStatisticImpl <em>Reported Statistic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ReportedStatisticImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getReportedStatistic()
	 * @generated
	 */
	int REPORTED_STATISTIC = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_STATISTIC__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_STATISTIC__SUBJECT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_STATISTIC__SUBJECT_LABEL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Statistic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_STATISTIC__STATISTIC = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_STATISTIC__VALUE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_STATISTIC__SOURCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Reported Statistic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_STATISTIC_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.SystemDynamicsModelImpl <em>System Dynamics Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.SystemDynamicsModelImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getSystemDynamicsModel()
	 * @generated
	 */
	int SYSTEM_DYNAMICS_MODEL = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__START_TIME = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stop Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__STOP_TIME = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Time Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__TIME_STEP = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__METHOD = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Time Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__TIME_UNITS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__STOCKS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__FLOWS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Auxiliaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__AUXILIARIES = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__PARAMETERS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Lookup Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__LOOKUP_TABLES = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Delays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__DELAYS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__SCENARIOS = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Time Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL__TIME_COLUMN = NAMED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>System Dynamics Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DYNAMICS_MODEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 13;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.SdVariableImpl <em>Sd Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.SdVariableImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getSdVariable()
	 * @generated
	 */
	int SD_VARIABLE = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SD_VARIABLE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SD_VARIABLE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SD_VARIABLE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SD_VARIABLE__UNITS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Observed Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SD_VARIABLE__OBSERVED_COLUMN = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Sd Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SD_VARIABLE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.StockImpl <em>Stock</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.StockImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getStock()
	 * @generated
	 */
	int STOCK = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__ID = SD_VARIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__NAME = SD_VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__DESCRIPTION = SD_VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__UNITS = SD_VARIABLE__UNITS;

	/**
	 * The feature id for the '<em><b>Observed Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__OBSERVED_COLUMN = SD_VARIABLE__OBSERVED_COLUMN;

	/**
	 * The feature id for the '<em><b>Initial Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__INITIAL_VALUE = SD_VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Stock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_FEATURE_COUNT = SD_VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.FlowImpl <em>Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.FlowImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getFlow()
	 * @generated
	 */
	int FLOW = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__ID = SD_VARIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__NAME = SD_VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__DESCRIPTION = SD_VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__UNITS = SD_VARIABLE__UNITS;

	/**
	 * The feature id for the '<em><b>Observed Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__OBSERVED_COLUMN = SD_VARIABLE__OBSERVED_COLUMN;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__FROM = SD_VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__TO = SD_VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Equation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__EQUATION = SD_VARIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_FEATURE_COUNT = SD_VARIABLE_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.AuxiliaryImpl <em>Auxiliary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.AuxiliaryImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getAuxiliary()
	 * @generated
	 */
	int AUXILIARY = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXILIARY__ID = SD_VARIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXILIARY__NAME = SD_VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXILIARY__DESCRIPTION = SD_VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXILIARY__UNITS = SD_VARIABLE__UNITS;

	/**
	 * The feature id for the '<em><b>Observed Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXILIARY__OBSERVED_COLUMN = SD_VARIABLE__OBSERVED_COLUMN;

	/**
	 * The feature id for the '<em><b>Equation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXILIARY__EQUATION = SD_VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Auxiliary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXILIARY_FEATURE_COUNT = SD_VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.SimulationParameterImpl <em>Simulation Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.SimulationParameterImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getSimulationParameter()
	 * @generated
	 */
	int SIMULATION_PARAMETER = 41;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_PARAMETER__ID = SD_VARIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_PARAMETER__NAME = SD_VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_PARAMETER__DESCRIPTION = SD_VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_PARAMETER__UNITS = SD_VARIABLE__UNITS;

	/**
	 * The feature id for the '<em><b>Observed Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_PARAMETER__OBSERVED_COLUMN = SD_VARIABLE__OBSERVED_COLUMN;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_PARAMETER__VALUE = SD_VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Simulation Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_PARAMETER_FEATURE_COUNT = SD_VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.LookupTableImpl <em>Lookup Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.LookupTableImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getLookupTable()
	 * @generated
	 */
	int LOOKUP_TABLE = 42;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__ID = SD_VARIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__NAME = SD_VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__DESCRIPTION = SD_VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__UNITS = SD_VARIABLE__UNITS;

	/**
	 * The feature id for the '<em><b>Observed Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__OBSERVED_COLUMN = SD_VARIABLE__OBSERVED_COLUMN;

	/**
	 * The feature id for the '<em><b>XValues</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__XVALUES = SD_VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>YValues</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__YVALUES = SD_VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Interpolation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__INTERPOLATION = SD_VARIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Input Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE__INPUT_UNITS = SD_VARIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Lookup Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOKUP_TABLE_FEATURE_COUNT = SD_VARIABLE_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.DelayImpl <em>Delay</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.DelayImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getDelay()
	 * @generated
	 */
	int DELAY = 43;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__ID = SD_VARIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__NAME = SD_VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__DESCRIPTION = SD_VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__UNITS = SD_VARIABLE__UNITS;

	/**
	 * The feature id for the '<em><b>Observed Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__OBSERVED_COLUMN = SD_VARIABLE__OBSERVED_COLUMN;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__KIND = SD_VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__INPUT = SD_VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Delay Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__DELAY_TIME = SD_VARIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initial Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY__INITIAL_VALUE = SD_VARIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Delay</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELAY_FEATURE_COUNT = SD_VARIABLE_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ScenarioImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 44;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OVERRIDES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.synergos.model.impl.ParameterOverrideImpl <em>Parameter Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.impl.ParameterOverrideImpl
	 * @see org.synergos.model.impl.SynergosPackageImpl#getParameterOverride()
	 * @generated
	 */
	int PARAMETER_OVERRIDE = 45;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE__PARAMETER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Parameter Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.synergos.model.ActorKind <em>Actor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.ActorKind
	 * @see org.synergos.model.impl.SynergosPackageImpl#getActorKind()
	 * @generated
	 */
	int ACTOR_KIND = 46;

	/**
	 * The meta object id for the '{@link org.synergos.model.CollaborationKind <em>Collaboration Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.CollaborationKind
	 * @see org.synergos.model.impl.SynergosPackageImpl#getCollaborationKind()
	 * @generated
	 */
	int COLLABORATION_KIND = 47;

	/**
	 * The meta object id for the '{@link org.synergos.model.ConstructMode <em>Construct Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.ConstructMode
	 * @see org.synergos.model.impl.SynergosPackageImpl#getConstructMode()
	 * @generated
	 */
	int CONSTRUCT_MODE = 48;

	/**
	 * The meta object id for the '{@link org.synergos.model.Weighting <em>Weighting</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.Weighting
	 * @see org.synergos.model.impl.SynergosPackageImpl#getWeighting()
	 * @generated
	 */
	int WEIGHTING = 49;

	/**
	 * The meta object id for the '{@link org.synergos.model.ExpectedSign <em>Expected Sign</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.ExpectedSign
	 * @see org.synergos.model.impl.SynergosPackageImpl#getExpectedSign()
	 * @generated
	 */
	int EXPECTED_SIGN = 50;

	/**
	 * The meta object id for the '{@link org.synergos.model.IndexDirection <em>Index Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.IndexDirection
	 * @see org.synergos.model.impl.SynergosPackageImpl#getIndexDirection()
	 * @generated
	 */
	int INDEX_DIRECTION = 51;

	/**
	 * The meta object id for the '{@link org.synergos.model.ObservationPhase <em>Observation Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.ObservationPhase
	 * @see org.synergos.model.impl.SynergosPackageImpl#getObservationPhase()
	 * @generated
	 */
	int OBSERVATION_PHASE = 52;

	/**
	 * The meta object id for the '{@link org.synergos.model.PathStageKind <em>Path Stage Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.PathStageKind
	 * @see org.synergos.model.impl.SynergosPackageImpl#getPathStageKind()
	 * @generated
	 */
	int PATH_STAGE_KIND = 53;

	/**
	 * The meta object id for the '{@link org.synergos.model.DataFormat <em>Data Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.DataFormat
	 * @see org.synergos.model.impl.SynergosPackageImpl#getDataFormat()
	 * @generated
	 */
	int DATA_FORMAT = 54;

	/**
	 * The meta object id for the '{@link org.synergos.model.ConstraintOperator <em>Constraint Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.ConstraintOperator
	 * @see org.synergos.model.impl.SynergosPackageImpl#getConstraintOperator()
	 * @generated
	 */
	int CONSTRAINT_OPERATOR = 55;

	/**
	 * The meta object id for the '{@link org.synergos.model.StrategyKind <em>Strategy Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.StrategyKind
	 * @see org.synergos.model.impl.SynergosPackageImpl#getStrategyKind()
	 * @generated
	 */
	int STRATEGY_KIND = 56;


	/**
	 * The meta object id for the '{@link org.synergos.model.IntegrationMethod <em>Integration Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.IntegrationMethod
	 * @see org.synergos.model.impl.SynergosPackageImpl#getIntegrationMethod()
	 * @generated
	 */
	int INTEGRATION_METHOD = 57;

	/**
	 * The meta object id for the '{@link org.synergos.model.DelayKind <em>Delay Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.DelayKind
	 * @see org.synergos.model.impl.SynergosPackageImpl#getDelayKind()
	 * @generated
	 */
	int DELAY_KIND = 58;

	/**
	 * The meta object id for the '{@link org.synergos.model.LookupInterpolation <em>Lookup Interpolation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.synergos.model.LookupInterpolation
	 * @see org.synergos.model.impl.SynergosPackageImpl#getLookupInterpolation()
	 * @generated
	 */
	int LOOKUP_INTERPOLATION = 59;


	/**
	 * Returns the meta object for class '{@link org.synergos.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.synergos.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.synergos.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.synergos.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.synergos.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.synergos.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see org.synergos.model.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Variable#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.synergos.model.Variable#getCode()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Code();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Framework</em>'.
	 * @see org.synergos.model.Framework
	 * @generated
	 */
	EClass getFramework();

	/**
	 * Returns the meta object for the attribute list '{@link org.synergos.model.Framework#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Authors</em>'.
	 * @see org.synergos.model.Framework#getAuthors()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Authors();

	/**
	 * Returns the meta object for the attribute list '{@link org.synergos.model.Framework#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.synergos.model.Framework#getLanguages()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Languages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.synergos.model.Framework#getActors()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getCollaborations <em>Collaborations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Collaborations</em>'.
	 * @see org.synergos.model.Framework#getCollaborations()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Collaborations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getConstructs <em>Constructs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Constructs</em>'.
	 * @see org.synergos.model.Framework#getConstructs()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Constructs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getPaths <em>Paths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Paths</em>'.
	 * @see org.synergos.model.Framework#getPaths()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Paths();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getMediations <em>Mediations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mediations</em>'.
	 * @see org.synergos.model.Framework#getMediations()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Mediations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getModerations <em>Moderations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Moderations</em>'.
	 * @see org.synergos.model.Framework#getModerations()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Moderations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getCovariances <em>Covariances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Covariances</em>'.
	 * @see org.synergos.model.Framework#getCovariances()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Covariances();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getDefinedParameters <em>Defined Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Defined Parameters</em>'.
	 * @see org.synergos.model.Framework#getDefinedParameters()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_DefinedParameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getConstraints <em>Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Constraints</em>'.
	 * @see org.synergos.model.Framework#getConstraints()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Constraints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getCausalMaps <em>Causal Maps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Causal Maps</em>'.
	 * @see org.synergos.model.Framework#getCausalMaps()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_CausalMaps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.synergos.model.Framework#getEvents()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getIndices <em>Indices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indices</em>'.
	 * @see org.synergos.model.Framework#getIndices()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Indices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getImplementationPathMaps <em>Implementation Path Maps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Implementation Path Maps</em>'.
	 * @see org.synergos.model.Framework#getImplementationPathMaps()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_ImplementationPathMaps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see org.synergos.model.Framework#getDataSources()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_DataSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getAnalyses <em>Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Analyses</em>'.
	 * @see org.synergos.model.Framework#getAnalyses()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Analyses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see org.synergos.model.Framework#getProblems()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Problems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see org.synergos.model.Framework#getStrategies()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Strategies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getProductionFunctions <em>Production Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Production Functions</em>'.
	 * @see org.synergos.model.Framework#getProductionFunctions()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_ProductionFunctions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getReportedStatistics <em>Reported Statistics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reported Statistics</em>'.
	 * @see org.synergos.model.Framework#getReportedStatistics()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_ReportedStatistics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Framework#getSystemDynamicsModels <em>System Dynamics Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>System Dynamics Models</em>'.
	 * @see org.synergos.model.Framework#getSystemDynamicsModels()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_SystemDynamicsModels();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.synergos.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Actor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.synergos.model.Actor#getKind()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Actor#getSubkind <em>Subkind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subkind</em>'.
	 * @see org.synergos.model.Actor#getSubkind()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Subkind();

	/**
	 * Returns the meta object for the attribute list '{@link org.synergos.model.Actor#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.synergos.model.Actor#getRoles()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Roles();

	/**
	 * Returns the meta object for the attribute list '{@link org.synergos.model.Actor#getResponsibilities <em>Responsibilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Responsibilities</em>'.
	 * @see org.synergos.model.Actor#getResponsibilities()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Responsibilities();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Collaboration <em>Collaboration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Collaboration</em>'.
	 * @see org.synergos.model.Collaboration
	 * @generated
	 */
	EClass getCollaboration();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Collaboration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.synergos.model.Collaboration#getKind()
	 * @see #getCollaboration()
	 * @generated
	 */
	EAttribute getCollaboration_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Collaboration#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.synergos.model.Collaboration#getSource()
	 * @see #getCollaboration()
	 * @generated
	 */
	EReference getCollaboration_Source();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Collaboration#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.synergos.model.Collaboration#getTarget()
	 * @see #getCollaboration()
	 * @generated
	 */
	EReference getCollaboration_Target();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.Collaboration#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.synergos.model.Collaboration#getParticipants()
	 * @see #getCollaboration()
	 * @generated
	 */
	EReference getCollaboration_Participants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Collaboration#getRevenueShares <em>Revenue Shares</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revenue Shares</em>'.
	 * @see org.synergos.model.Collaboration#getRevenueShares()
	 * @see #getCollaboration()
	 * @generated
	 */
	EReference getCollaboration_RevenueShares();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.RevenueShare <em>Revenue Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Revenue Share</em>'.
	 * @see org.synergos.model.RevenueShare
	 * @generated
	 */
	EClass getRevenueShare();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.RevenueShare#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Actor</em>'.
	 * @see org.synergos.model.RevenueShare#getActor()
	 * @see #getRevenueShare()
	 * @generated
	 */
	EReference getRevenueShare_Actor();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.RevenueShare#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Party</em>'.
	 * @see org.synergos.model.RevenueShare#getParty()
	 * @see #getRevenueShare()
	 * @generated
	 */
	EAttribute getRevenueShare_Party();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.RevenueShare#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.synergos.model.RevenueShare#getPercent()
	 * @see #getRevenueShare()
	 * @generated
	 */
	EAttribute getRevenueShare_Percent();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Construct <em>Construct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Construct</em>'.
	 * @see org.synergos.model.Construct
	 * @generated
	 */
	EClass getConstruct();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Construct#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.synergos.model.Construct#getMode()
	 * @see #getConstruct()
	 * @generated
	 */
	EAttribute getConstruct_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Construct#getWeighting <em>Weighting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighting</em>'.
	 * @see org.synergos.model.Construct#getWeighting()
	 * @see #getConstruct()
	 * @generated
	 */
	EAttribute getConstruct_Weighting();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Construct#getDimensionCategory <em>Dimension Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension Category</em>'.
	 * @see org.synergos.model.Construct#getDimensionCategory()
	 * @see #getConstruct()
	 * @generated
	 */
	EAttribute getConstruct_DimensionCategory();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.Construct#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Dimensions</em>'.
	 * @see org.synergos.model.Construct#getDimensions()
	 * @see #getConstruct()
	 * @generated
	 */
	EReference getConstruct_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Construct#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.synergos.model.Construct#getIndicators()
	 * @see #getConstruct()
	 * @generated
	 */
	EReference getConstruct_Indicators();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.synergos.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Indicator#getItemText <em>Item Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Text</em>'.
	 * @see org.synergos.model.Indicator#getItemText()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ItemText();

	/**
	 * Returns the meta object for the containment reference '{@link org.synergos.model.Indicator#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scale</em>'.
	 * @see org.synergos.model.Indicator#getScale()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Indicator#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.synergos.model.Indicator#getColumn()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Indicator#isReverseCoded <em>Reverse Coded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reverse Coded</em>'.
	 * @see org.synergos.model.Indicator#isReverseCoded()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ReverseCoded();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Indicator#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see org.synergos.model.Indicator#getDataSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Indicator#getLoadingLabel <em>Loading Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loading Label</em>'.
	 * @see org.synergos.model.Indicator#getLoadingLabel()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_LoadingLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Indicator#getLoadingFixedValue <em>Loading Fixed Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loading Fixed Value</em>'.
	 * @see org.synergos.model.Indicator#getLoadingFixedValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_LoadingFixedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Indicator#isLoadingFree <em>Loading Free</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loading Free</em>'.
	 * @see org.synergos.model.Indicator#isLoadingFree()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_LoadingFree();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale</em>'.
	 * @see org.synergos.model.Scale
	 * @generated
	 */
	EClass getScale();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Scale#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.synergos.model.Scale#getPoints()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Scale#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.synergos.model.Scale#getLabel()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Scale#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.synergos.model.Scale#getMin()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Scale#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.synergos.model.Scale#getMax()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Max();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Hypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hypothesis</em>'.
	 * @see org.synergos.model.Hypothesis
	 * @generated
	 */
	EClass getHypothesis();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Hypothesis#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.synergos.model.Hypothesis#getLabel()
	 * @see #getHypothesis()
	 * @generated
	 */
	EAttribute getHypothesis_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Hypothesis#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.synergos.model.Hypothesis#getDescription()
	 * @see #getHypothesis()
	 * @generated
	 */
	EAttribute getHypothesis_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Hypothesis#getExpectedSign <em>Expected Sign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Sign</em>'.
	 * @see org.synergos.model.Hypothesis#getExpectedSign()
	 * @see #getHypothesis()
	 * @generated
	 */
	EAttribute getHypothesis_ExpectedSign();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.StructuralPath <em>Structural Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Structural Path</em>'.
	 * @see org.synergos.model.StructuralPath
	 * @generated
	 */
	EClass getStructuralPath();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.StructuralPath#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.synergos.model.StructuralPath#getSource()
	 * @see #getStructuralPath()
	 * @generated
	 */
	EReference getStructuralPath_Source();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.StructuralPath#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.synergos.model.StructuralPath#getTarget()
	 * @see #getStructuralPath()
	 * @generated
	 */
	EReference getStructuralPath_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.StructuralPath#getParameterLabel <em>Parameter Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter Label</em>'.
	 * @see org.synergos.model.StructuralPath#getParameterLabel()
	 * @see #getStructuralPath()
	 * @generated
	 */
	EAttribute getStructuralPath_ParameterLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.StructuralPath#getFixedValue <em>Fixed Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Value</em>'.
	 * @see org.synergos.model.StructuralPath#getFixedValue()
	 * @see #getStructuralPath()
	 * @generated
	 */
	EAttribute getStructuralPath_FixedValue();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.MediationHypothesis <em>Mediation Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mediation Hypothesis</em>'.
	 * @see org.synergos.model.MediationHypothesis
	 * @generated
	 */
	EClass getMediationHypothesis();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.MediationHypothesis#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.synergos.model.MediationHypothesis#getSource()
	 * @see #getMediationHypothesis()
	 * @generated
	 */
	EReference getMediationHypothesis_Source();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.MediationHypothesis#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.synergos.model.MediationHypothesis#getTarget()
	 * @see #getMediationHypothesis()
	 * @generated
	 */
	EReference getMediationHypothesis_Target();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.MediationHypothesis#getMediators <em>Mediators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mediators</em>'.
	 * @see org.synergos.model.MediationHypothesis#getMediators()
	 * @see #getMediationHypothesis()
	 * @generated
	 */
	EReference getMediationHypothesis_Mediators();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.ModerationHypothesis <em>Moderation Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Moderation Hypothesis</em>'.
	 * @see org.synergos.model.ModerationHypothesis
	 * @generated
	 */
	EClass getModerationHypothesis();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.ModerationHypothesis#getPredictor <em>Predictor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Predictor</em>'.
	 * @see org.synergos.model.ModerationHypothesis#getPredictor()
	 * @see #getModerationHypothesis()
	 * @generated
	 */
	EReference getModerationHypothesis_Predictor();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.ModerationHypothesis#getModerator <em>Moderator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Moderator</em>'.
	 * @see org.synergos.model.ModerationHypothesis#getModerator()
	 * @see #getModerationHypothesis()
	 * @generated
	 */
	EReference getModerationHypothesis_Moderator();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.ModerationHypothesis#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.synergos.model.ModerationHypothesis#getTarget()
	 * @see #getModerationHypothesis()
	 * @generated
	 */
	EReference getModerationHypothesis_Target();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Covariance <em>Covariance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Covariance</em>'.
	 * @see org.synergos.model.Covariance
	 * @generated
	 */
	EClass getCovariance();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Covariance#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Left</em>'.
	 * @see org.synergos.model.Covariance#getLeft()
	 * @see #getCovariance()
	 * @generated
	 */
	EReference getCovariance_Left();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Covariance#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Right</em>'.
	 * @see org.synergos.model.Covariance#getRight()
	 * @see #getCovariance()
	 * @generated
	 */
	EReference getCovariance_Right();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Covariance#getParameterLabel <em>Parameter Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter Label</em>'.
	 * @see org.synergos.model.Covariance#getParameterLabel()
	 * @see #getCovariance()
	 * @generated
	 */
	EAttribute getCovariance_ParameterLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Covariance#getFixedValue <em>Fixed Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Value</em>'.
	 * @see org.synergos.model.Covariance#getFixedValue()
	 * @see #getCovariance()
	 * @generated
	 */
	EAttribute getCovariance_FixedValue();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.DefinedParameter <em>Defined Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Defined Parameter</em>'.
	 * @see org.synergos.model.DefinedParameter
	 * @generated
	 */
	EClass getDefinedParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.DefinedParameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.synergos.model.DefinedParameter#getName()
	 * @see #getDefinedParameter()
	 * @generated
	 */
	EAttribute getDefinedParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.DefinedParameter#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.synergos.model.DefinedParameter#getExpression()
	 * @see #getDefinedParameter()
	 * @generated
	 */
	EAttribute getDefinedParameter_Expression();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.DefinedParameter#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.synergos.model.DefinedParameter#getDescription()
	 * @see #getDefinedParameter()
	 * @generated
	 */
	EAttribute getDefinedParameter_Description();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.ParameterConstraint <em>Parameter Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Constraint</em>'.
	 * @see org.synergos.model.ParameterConstraint
	 * @generated
	 */
	EClass getParameterConstraint();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ParameterConstraint#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Left</em>'.
	 * @see org.synergos.model.ParameterConstraint#getLeft()
	 * @see #getParameterConstraint()
	 * @generated
	 */
	EAttribute getParameterConstraint_Left();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ParameterConstraint#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.synergos.model.ParameterConstraint#getOperator()
	 * @see #getParameterConstraint()
	 * @generated
	 */
	EAttribute getParameterConstraint_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ParameterConstraint#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Right</em>'.
	 * @see org.synergos.model.ParameterConstraint#getRight()
	 * @see #getParameterConstraint()
	 * @generated
	 */
	EAttribute getParameterConstraint_Right();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.CausalMap <em>Causal Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Causal Map</em>'.
	 * @see org.synergos.model.CausalMap
	 * @generated
	 */
	EClass getCausalMap();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.CausalMap#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.synergos.model.CausalMap#getStages()
	 * @see #getCausalMap()
	 * @generated
	 */
	EReference getCausalMap_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.CausalMap#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.synergos.model.CausalMap#getLinks()
	 * @see #getCausalMap()
	 * @generated
	 */
	EReference getCausalMap_Links();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.CausalStage <em>Causal Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Causal Stage</em>'.
	 * @see org.synergos.model.CausalStage
	 * @generated
	 */
	EClass getCausalStage();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.CausalStage#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.synergos.model.CausalStage#getOrder()
	 * @see #getCausalStage()
	 * @generated
	 */
	EAttribute getCausalStage_Order();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.CausalStage#getConstructs <em>Constructs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Constructs</em>'.
	 * @see org.synergos.model.CausalStage#getConstructs()
	 * @see #getCausalStage()
	 * @generated
	 */
	EReference getCausalStage_Constructs();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.CausalLink <em>Causal Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Causal Link</em>'.
	 * @see org.synergos.model.CausalLink
	 * @generated
	 */
	EClass getCausalLink();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.CausalLink#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.synergos.model.CausalLink#getSource()
	 * @see #getCausalLink()
	 * @generated
	 */
	EReference getCausalLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.CausalLink#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.synergos.model.CausalLink#getTarget()
	 * @see #getCausalLink()
	 * @generated
	 */
	EReference getCausalLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.CausalLink#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.synergos.model.CausalLink#getDescription()
	 * @see #getCausalLink()
	 * @generated
	 */
	EAttribute getCausalLink_Description();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Event <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event</em>'.
	 * @see org.synergos.model.Event
	 * @generated
	 */
	EClass getEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Event#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.synergos.model.Event#getPeriod()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Event#getEventType <em>Event Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Type</em>'.
	 * @see org.synergos.model.Event#getEventType()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_EventType();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.Event#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.synergos.model.Event#getParticipants()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Participants();

	/**
	 * Returns the meta object for the attribute list '{@link org.synergos.model.Event#getParticipantLabels <em>Participant Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Participant Labels</em>'.
	 * @see org.synergos.model.Event#getParticipantLabels()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_ParticipantLabels();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Event#getPolicyBackground <em>Policy Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy Background</em>'.
	 * @see org.synergos.model.Event#getPolicyBackground()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_PolicyBackground();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Event#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see org.synergos.model.Event#getEffect()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Effect();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.Event#getConstructs <em>Constructs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Constructs</em>'.
	 * @see org.synergos.model.Event#getConstructs()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Constructs();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.Event#getIndices <em>Indices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indices</em>'.
	 * @see org.synergos.model.Event#getIndices()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Indices();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Index <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Index</em>'.
	 * @see org.synergos.model.Index
	 * @generated
	 */
	EClass getIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Index#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.synergos.model.Index#getCategory()
	 * @see #getIndex()
	 * @generated
	 */
	EAttribute getIndex_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Index#getInterpretation <em>Interpretation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interpretation</em>'.
	 * @see org.synergos.model.Index#getInterpretation()
	 * @see #getIndex()
	 * @generated
	 */
	EAttribute getIndex_Interpretation();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Index#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.synergos.model.Index#getUnit()
	 * @see #getIndex()
	 * @generated
	 */
	EAttribute getIndex_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Index#getDataSourceKind <em>Data Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source Kind</em>'.
	 * @see org.synergos.model.Index#getDataSourceKind()
	 * @see #getIndex()
	 * @generated
	 */
	EAttribute getIndex_DataSourceKind();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Index#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.synergos.model.Index#getYear()
	 * @see #getIndex()
	 * @generated
	 */
	EAttribute getIndex_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Index#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.synergos.model.Index#getDirection()
	 * @see #getIndex()
	 * @generated
	 */
	EAttribute getIndex_Direction();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Index#getConstruct <em>Construct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Construct</em>'.
	 * @see org.synergos.model.Index#getConstruct()
	 * @see #getIndex()
	 * @generated
	 */
	EReference getIndex_Construct();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Index#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observations</em>'.
	 * @see org.synergos.model.Index#getObservations()
	 * @see #getIndex()
	 * @generated
	 */
	EReference getIndex_Observations();

	/**
	 * Returns the meta object for the containment reference '{@link org.synergos.model.Index#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Summary</em>'.
	 * @see org.synergos.model.Index#getSummary()
	 * @see #getIndex()
	 * @generated
	 */
	EReference getIndex_Summary();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.SummaryStatistics <em>Summary Statistics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Summary Statistics</em>'.
	 * @see org.synergos.model.SummaryStatistics
	 * @generated
	 */
	EClass getSummaryStatistics();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SummaryStatistics#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.synergos.model.SummaryStatistics#getMean()
	 * @see #getSummaryStatistics()
	 * @generated
	 */
	EAttribute getSummaryStatistics_Mean();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SummaryStatistics#getSd <em>Sd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sd</em>'.
	 * @see org.synergos.model.SummaryStatistics#getSd()
	 * @see #getSummaryStatistics()
	 * @generated
	 */
	EAttribute getSummaryStatistics_Sd();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SummaryStatistics#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.synergos.model.SummaryStatistics#getMax()
	 * @see #getSummaryStatistics()
	 * @generated
	 */
	EAttribute getSummaryStatistics_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SummaryStatistics#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.synergos.model.SummaryStatistics#getMin()
	 * @see #getSummaryStatistics()
	 * @generated
	 */
	EAttribute getSummaryStatistics_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SummaryStatistics#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.synergos.model.SummaryStatistics#getCount()
	 * @see #getSummaryStatistics()
	 * @generated
	 */
	EAttribute getSummaryStatistics_Count();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observation</em>'.
	 * @see org.synergos.model.Observation
	 * @generated
	 */
	EClass getObservation();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Observation#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.synergos.model.Observation#getUnit()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Observation#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.synergos.model.Observation#getPeriod()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Observation#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.synergos.model.Observation#getValue()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Observation#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.synergos.model.Observation#getPhase()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Phase();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.ImplementationPathMap <em>Implementation Path Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Implementation Path Map</em>'.
	 * @see org.synergos.model.ImplementationPathMap
	 * @generated
	 */
	EClass getImplementationPathMap();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.ImplementationPathMap#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.synergos.model.ImplementationPathMap#getStages()
	 * @see #getImplementationPathMap()
	 * @generated
	 */
	EReference getImplementationPathMap_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.ImplementationPathMap#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see org.synergos.model.ImplementationPathMap#getTransitions()
	 * @see #getImplementationPathMap()
	 * @generated
	 */
	EReference getImplementationPathMap_Transitions();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.PathStage <em>Path Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Path Stage</em>'.
	 * @see org.synergos.model.PathStage
	 * @generated
	 */
	EClass getPathStage();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.PathStage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.synergos.model.PathStage#getKind()
	 * @see #getPathStage()
	 * @generated
	 */
	EAttribute getPathStage_Kind();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition</em>'.
	 * @see org.synergos.model.Transition
	 * @generated
	 */
	EClass getTransition();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Transition#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.synergos.model.Transition#getSource()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Source();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Transition#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.synergos.model.Transition#getTarget()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Transition#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.synergos.model.Transition#getCondition()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Condition();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see org.synergos.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.DataSource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.synergos.model.DataSource#getPath()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.DataSource#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.synergos.model.DataSource#getFormat()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.DataSource#getDelimiter <em>Delimiter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delimiter</em>'.
	 * @see org.synergos.model.DataSource#getDelimiter()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Delimiter();

	/**
	 * Returns the meta object for the attribute list '{@link org.synergos.model.DataSource#getMissingValueCodes <em>Missing Value Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Missing Value Codes</em>'.
	 * @see org.synergos.model.DataSource#getMissingValueCodes()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_MissingValueCodes();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.DataSource#getSheet <em>Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sheet</em>'.
	 * @see org.synergos.model.DataSource#getSheet()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Sheet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.DataSource#getColumnMappings <em>Column Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Column Mappings</em>'.
	 * @see org.synergos.model.DataSource#getColumnMappings()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_ColumnMappings();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.ColumnMapping <em>Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column Mapping</em>'.
	 * @see org.synergos.model.ColumnMapping
	 * @generated
	 */
	EClass getColumnMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ColumnMapping#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.synergos.model.ColumnMapping#getColumn()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_Column();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.ColumnMapping#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator</em>'.
	 * @see org.synergos.model.ColumnMapping#getIndicator()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EReference getColumnMapping_Indicator();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.AnalysisConfiguration <em>Analysis Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Configuration</em>'.
	 * @see org.synergos.model.AnalysisConfiguration
	 * @generated
	 */
	EClass getAnalysisConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.AnalysisConfiguration#getEngineId <em>Engine Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Id</em>'.
	 * @see org.synergos.model.AnalysisConfiguration#getEngineId()
	 * @see #getAnalysisConfiguration()
	 * @generated
	 */
	EAttribute getAnalysisConfiguration_EngineId();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.AnalysisConfiguration#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see org.synergos.model.AnalysisConfiguration#getDataSource()
	 * @see #getAnalysisConfiguration()
	 * @generated
	 */
	EReference getAnalysisConfiguration_DataSource();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.AnalysisConfiguration#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.synergos.model.AnalysisConfiguration#getParameters()
	 * @see #getAnalysisConfiguration()
	 * @generated
	 */
	EReference getAnalysisConfiguration_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.AnalysisConfiguration#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.synergos.model.AnalysisConfiguration#isEnabled()
	 * @see #getAnalysisConfiguration()
	 * @generated
	 */
	EAttribute getAnalysisConfiguration_Enabled();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.synergos.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.synergos.model.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.synergos.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Problem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem</em>'.
	 * @see org.synergos.model.Problem
	 * @generated
	 */
	EClass getProblem();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Problem#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.synergos.model.Problem#getCategory()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Category();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.Problem#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actors</em>'.
	 * @see org.synergos.model.Problem#getActors()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Actors();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see org.synergos.model.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Strategy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.synergos.model.Strategy#getKind()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.Strategy#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.synergos.model.Strategy#getAddresses()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Addresses();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.Strategy#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actors</em>'.
	 * @see org.synergos.model.Strategy#getActors()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Actors();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.ProductionFunction <em>Production Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Production Function</em>'.
	 * @see org.synergos.model.ProductionFunction
	 * @generated
	 */
	EClass getProductionFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ProductionFunction#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output</em>'.
	 * @see org.synergos.model.ProductionFunction#getOutput()
	 * @see #getProductionFunction()
	 * @generated
	 */
	EAttribute getProductionFunction_Output();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ProductionFunction#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.synergos.model.ProductionFunction#getExpression()
	 * @see #getProductionFunction()
	 * @generated
	 */
	EAttribute getProductionFunction_Expression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.ProductionFunction#getFactors <em>Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Factors</em>'.
	 * @see org.synergos.model.ProductionFunction#getFactors()
	 * @see #getProductionFunction()
	 * @generated
	 */
	EReference getProductionFunction_Factors();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.ProductionFactor <em>Production Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Production Factor</em>'.
	 * @see org.synergos.model.ProductionFactor
	 * @generated
	 */
	EClass getProductionFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ProductionFactor#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see org.synergos.model.ProductionFactor#getSymbol()
	 * @see #getProductionFactor()
	 * @generated
	 */
	EAttribute getProductionFactor_Symbol();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.ProductionFactor#getConstructs <em>Constructs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Constructs</em>'.
	 * @see org.synergos.model.ProductionFactor#getConstructs()
	 * @see #getProductionFactor()
	 * @generated
	 */
	EReference getProductionFactor_Constructs();

	/**
	 * Returns the meta object for the reference list '{@link org.synergos.model.ProductionFactor#getIndices <em>Indices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indices</em>'.
	 * @see org.synergos.model.ProductionFactor#getIndices()
	 * @see #getProductionFactor()
	 * @generated
	 */
	EReference getProductionFactor_Indices();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.ReportedStatistic <em>Reported Statistic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reported Statistic</em>'.
	 * @see org.synergos.model.ReportedStatistic
	 * @generated
	 */
	EClass getReportedStatistic();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.ReportedStatistic#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.synergos.model.ReportedStatistic#getSubject()
	 * @see #getReportedStatistic()
	 * @generated
	 */
	EReference getReportedStatistic_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ReportedStatistic#getSubjectLabel <em>Subject Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Label</em>'.
	 * @see org.synergos.model.ReportedStatistic#getSubjectLabel()
	 * @see #getReportedStatistic()
	 * @generated
	 */
	EAttribute getReportedStatistic_SubjectLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ReportedStatistic#getStatistic <em>Statistic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statistic</em>'.
	 * @see org.synergos.model.ReportedStatistic#getStatistic()
	 * @see #getReportedStatistic()
	 * @generated
	 */
	EAttribute getReportedStatistic_Statistic();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ReportedStatistic#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.synergos.model.ReportedStatistic#getValue()
	 * @see #getReportedStatistic()
	 * @generated
	 */
	EAttribute getReportedStatistic_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ReportedStatistic#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.synergos.model.ReportedStatistic#getSource()
	 * @see #getReportedStatistic()
	 * @generated
	 */
	EAttribute getReportedStatistic_Source();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.SystemDynamicsModel <em>System Dynamics Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Dynamics Model</em>'.
	 * @see org.synergos.model.SystemDynamicsModel
	 * @generated
	 */
	EClass getSystemDynamicsModel();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SystemDynamicsModel#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getStartTime()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EAttribute getSystemDynamicsModel_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SystemDynamicsModel#getStopTime <em>Stop Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop Time</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getStopTime()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EAttribute getSystemDynamicsModel_StopTime();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SystemDynamicsModel#getTimeStep <em>Time Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Step</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getTimeStep()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EAttribute getSystemDynamicsModel_TimeStep();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SystemDynamicsModel#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getMethod()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EAttribute getSystemDynamicsModel_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SystemDynamicsModel#getTimeUnits <em>Time Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Units</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getTimeUnits()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EAttribute getSystemDynamicsModel_TimeUnits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.SystemDynamicsModel#getStocks <em>Stocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stocks</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getStocks()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EReference getSystemDynamicsModel_Stocks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.SystemDynamicsModel#getFlows <em>Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flows</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getFlows()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EReference getSystemDynamicsModel_Flows();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.SystemDynamicsModel#getAuxiliaries <em>Auxiliaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Auxiliaries</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getAuxiliaries()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EReference getSystemDynamicsModel_Auxiliaries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.SystemDynamicsModel#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getParameters()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EReference getSystemDynamicsModel_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.SystemDynamicsModel#getLookupTables <em>Lookup Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lookup Tables</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getLookupTables()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EReference getSystemDynamicsModel_LookupTables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.SystemDynamicsModel#getDelays <em>Delays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Delays</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getDelays()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EReference getSystemDynamicsModel_Delays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.SystemDynamicsModel#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getScenarios()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EReference getSystemDynamicsModel_Scenarios();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SystemDynamicsModel#getTimeColumn <em>Time Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Column</em>'.
	 * @see org.synergos.model.SystemDynamicsModel#getTimeColumn()
	 * @see #getSystemDynamicsModel()
	 * @generated
	 */
	EAttribute getSystemDynamicsModel_TimeColumn();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.SdVariable <em>Sd Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sd Variable</em>'.
	 * @see org.synergos.model.SdVariable
	 * @generated
	 */
	EClass getSdVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SdVariable#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see org.synergos.model.SdVariable#getUnits()
	 * @see #getSdVariable()
	 * @generated
	 */
	EAttribute getSdVariable_Units();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SdVariable#getObservedColumn <em>Observed Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Column</em>'.
	 * @see org.synergos.model.SdVariable#getObservedColumn()
	 * @see #getSdVariable()
	 * @generated
	 */
	EAttribute getSdVariable_ObservedColumn();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Stock <em>Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stock</em>'.
	 * @see org.synergos.model.Stock
	 * @generated
	 */
	EClass getStock();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Stock#getInitialValue <em>Initial Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Value</em>'.
	 * @see org.synergos.model.Stock#getInitialValue()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_InitialValue();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Flow <em>Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow</em>'.
	 * @see org.synergos.model.Flow
	 * @generated
	 */
	EClass getFlow();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Flow#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.synergos.model.Flow#getFrom()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_From();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.Flow#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.synergos.model.Flow#getTo()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_To();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Flow#getEquation <em>Equation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Equation</em>'.
	 * @see org.synergos.model.Flow#getEquation()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_Equation();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Auxiliary <em>Auxiliary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Auxiliary</em>'.
	 * @see org.synergos.model.Auxiliary
	 * @generated
	 */
	EClass getAuxiliary();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Auxiliary#getEquation <em>Equation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Equation</em>'.
	 * @see org.synergos.model.Auxiliary#getEquation()
	 * @see #getAuxiliary()
	 * @generated
	 */
	EAttribute getAuxiliary_Equation();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.SimulationParameter <em>Simulation Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Simulation Parameter</em>'.
	 * @see org.synergos.model.SimulationParameter
	 * @generated
	 */
	EClass getSimulationParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.SimulationParameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.synergos.model.SimulationParameter#getValue()
	 * @see #getSimulationParameter()
	 * @generated
	 */
	EAttribute getSimulationParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.LookupTable <em>Lookup Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lookup Table</em>'.
	 * @see org.synergos.model.LookupTable
	 * @generated
	 */
	EClass getLookupTable();

	/**
	 * Returns the meta object for the attribute list '{@link org.synergos.model.LookupTable#getXValues <em>XValues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>XValues</em>'.
	 * @see org.synergos.model.LookupTable#getXValues()
	 * @see #getLookupTable()
	 * @generated
	 */
	EAttribute getLookupTable_XValues();

	/**
	 * Returns the meta object for the attribute list '{@link org.synergos.model.LookupTable#getYValues <em>YValues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>YValues</em>'.
	 * @see org.synergos.model.LookupTable#getYValues()
	 * @see #getLookupTable()
	 * @generated
	 */
	EAttribute getLookupTable_YValues();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.LookupTable#getInterpolation <em>Interpolation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interpolation</em>'.
	 * @see org.synergos.model.LookupTable#getInterpolation()
	 * @see #getLookupTable()
	 * @generated
	 */
	EAttribute getLookupTable_Interpolation();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.LookupTable#getInputUnits <em>Input Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Units</em>'.
	 * @see org.synergos.model.LookupTable#getInputUnits()
	 * @see #getLookupTable()
	 * @generated
	 */
	EAttribute getLookupTable_InputUnits();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Delay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delay</em>'.
	 * @see org.synergos.model.Delay
	 * @generated
	 */
	EClass getDelay();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Delay#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.synergos.model.Delay#getKind()
	 * @see #getDelay()
	 * @generated
	 */
	EAttribute getDelay_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Delay#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see org.synergos.model.Delay#getInput()
	 * @see #getDelay()
	 * @generated
	 */
	EAttribute getDelay_Input();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Delay#getDelayTime <em>Delay Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay Time</em>'.
	 * @see org.synergos.model.Delay#getDelayTime()
	 * @see #getDelay()
	 * @generated
	 */
	EAttribute getDelay_DelayTime();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.Delay#getInitialValue <em>Initial Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Value</em>'.
	 * @see org.synergos.model.Delay#getInitialValue()
	 * @see #getDelay()
	 * @generated
	 */
	EAttribute getDelay_InitialValue();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.synergos.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the containment reference list '{@link org.synergos.model.Scenario#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see org.synergos.model.Scenario#getOverrides()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Overrides();

	/**
	 * Returns the meta object for class '{@link org.synergos.model.ParameterOverride <em>Parameter Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Override</em>'.
	 * @see org.synergos.model.ParameterOverride
	 * @generated
	 */
	EClass getParameterOverride();

	/**
	 * Returns the meta object for the reference '{@link org.synergos.model.ParameterOverride#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parameter</em>'.
	 * @see org.synergos.model.ParameterOverride#getParameter()
	 * @see #getParameterOverride()
	 * @generated
	 */
	EReference getParameterOverride_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link org.synergos.model.ParameterOverride#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.synergos.model.ParameterOverride#getValue()
	 * @see #getParameterOverride()
	 * @generated
	 */
	EAttribute getParameterOverride_Value();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.ActorKind <em>Actor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Kind</em>'.
	 * @see org.synergos.model.ActorKind
	 * @generated
	 */
	EEnum getActorKind();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.CollaborationKind <em>Collaboration Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Collaboration Kind</em>'.
	 * @see org.synergos.model.CollaborationKind
	 * @generated
	 */
	EEnum getCollaborationKind();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.ConstructMode <em>Construct Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Construct Mode</em>'.
	 * @see org.synergos.model.ConstructMode
	 * @generated
	 */
	EEnum getConstructMode();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.Weighting <em>Weighting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weighting</em>'.
	 * @see org.synergos.model.Weighting
	 * @generated
	 */
	EEnum getWeighting();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.ExpectedSign <em>Expected Sign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expected Sign</em>'.
	 * @see org.synergos.model.ExpectedSign
	 * @generated
	 */
	EEnum getExpectedSign();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.IndexDirection <em>Index Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Index Direction</em>'.
	 * @see org.synergos.model.IndexDirection
	 * @generated
	 */
	EEnum getIndexDirection();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.ObservationPhase <em>Observation Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Observation Phase</em>'.
	 * @see org.synergos.model.ObservationPhase
	 * @generated
	 */
	EEnum getObservationPhase();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.PathStageKind <em>Path Stage Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Path Stage Kind</em>'.
	 * @see org.synergos.model.PathStageKind
	 * @generated
	 */
	EEnum getPathStageKind();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.DataFormat <em>Data Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Format</em>'.
	 * @see org.synergos.model.DataFormat
	 * @generated
	 */
	EEnum getDataFormat();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.ConstraintOperator <em>Constraint Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Constraint Operator</em>'.
	 * @see org.synergos.model.ConstraintOperator
	 * @generated
	 */
	EEnum getConstraintOperator();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.StrategyKind <em>Strategy Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Strategy Kind</em>'.
	 * @see org.synergos.model.StrategyKind
	 * @generated
	 */
	EEnum getStrategyKind();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.IntegrationMethod <em>Integration Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Integration Method</em>'.
	 * @see org.synergos.model.IntegrationMethod
	 * @generated
	 */
	EEnum getIntegrationMethod();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.DelayKind <em>Delay Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Delay Kind</em>'.
	 * @see org.synergos.model.DelayKind
	 * @generated
	 */
	EEnum getDelayKind();

	/**
	 * Returns the meta object for enum '{@link org.synergos.model.LookupInterpolation <em>Lookup Interpolation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lookup Interpolation</em>'.
	 * @see org.synergos.model.LookupInterpolation
	 * @generated
	 */
	EEnum getLookupInterpolation();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SynergosFactory getSynergosFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.IdentifiedImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.NamedImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.VariableImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__CODE = eINSTANCE.getVariable_Code();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.FrameworkImpl <em>Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.FrameworkImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getFramework()
		 * @generated
		 */
		EClass FRAMEWORK = eINSTANCE.getFramework();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__AUTHORS = eINSTANCE.getFramework_Authors();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__LANGUAGES = eINSTANCE.getFramework_Languages();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__ACTORS = eINSTANCE.getFramework_Actors();

		/**
		 * The meta object literal for the '<em><b>Collaborations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__COLLABORATIONS = eINSTANCE.getFramework_Collaborations();

		/**
		 * The meta object literal for the '<em><b>Constructs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__CONSTRUCTS = eINSTANCE.getFramework_Constructs();

		/**
		 * The meta object literal for the '<em><b>Paths</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__PATHS = eINSTANCE.getFramework_Paths();

		/**
		 * The meta object literal for the '<em><b>Mediations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__MEDIATIONS = eINSTANCE.getFramework_Mediations();

		/**
		 * The meta object literal for the '<em><b>Moderations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__MODERATIONS = eINSTANCE.getFramework_Moderations();

		/**
		 * The meta object literal for the '<em><b>Covariances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__COVARIANCES = eINSTANCE.getFramework_Covariances();

		/**
		 * The meta object literal for the '<em><b>Defined Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__DEFINED_PARAMETERS = eINSTANCE.getFramework_DefinedParameters();

		/**
		 * The meta object literal for the '<em><b>Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__CONSTRAINTS = eINSTANCE.getFramework_Constraints();

		/**
		 * The meta object literal for the '<em><b>Causal Maps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__CAUSAL_MAPS = eINSTANCE.getFramework_CausalMaps();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__EVENTS = eINSTANCE.getFramework_Events();

		/**
		 * The meta object literal for the '<em><b>Indices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__INDICES = eINSTANCE.getFramework_Indices();

		/**
		 * The meta object literal for the '<em><b>Implementation Path Maps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__IMPLEMENTATION_PATH_MAPS = eINSTANCE.getFramework_ImplementationPathMaps();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__DATA_SOURCES = eINSTANCE.getFramework_DataSources();

		/**
		 * The meta object literal for the '<em><b>Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__ANALYSES = eINSTANCE.getFramework_Analyses();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__PROBLEMS = eINSTANCE.getFramework_Problems();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__STRATEGIES = eINSTANCE.getFramework_Strategies();

		/**
		 * The meta object literal for the '<em><b>Production Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__PRODUCTION_FUNCTIONS = eINSTANCE.getFramework_ProductionFunctions();

		/**
		 * The meta object literal for the '<em><b>Reported Statistics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__REPORTED_STATISTICS = eINSTANCE.getFramework_ReportedStatistics();

		/**
		 * The meta object literal for the '<em><b>System Dynamics Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__SYSTEM_DYNAMICS_MODELS = eINSTANCE.getFramework_SystemDynamicsModels();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ActorImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__KIND = eINSTANCE.getActor_Kind();

		/**
		 * The meta object literal for the '<em><b>Subkind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__SUBKIND = eINSTANCE.getActor_Subkind();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ROLES = eINSTANCE.getActor_Roles();

		/**
		 * The meta object literal for the '<em><b>Responsibilities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__RESPONSIBILITIES = eINSTANCE.getActor_Responsibilities();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.CollaborationImpl <em>Collaboration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.CollaborationImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getCollaboration()
		 * @generated
		 */
		EClass COLLABORATION = eINSTANCE.getCollaboration();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATION__KIND = eINSTANCE.getCollaboration_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATION__SOURCE = eINSTANCE.getCollaboration_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATION__TARGET = eINSTANCE.getCollaboration_Target();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATION__PARTICIPANTS = eINSTANCE.getCollaboration_Participants();

		/**
		 * The meta object literal for the '<em><b>Revenue Shares</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATION__REVENUE_SHARES = eINSTANCE.getCollaboration_RevenueShares();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.RevenueShareImpl <em>Revenue Share</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.RevenueShareImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getRevenueShare()
		 * @generated
		 */
		EClass REVENUE_SHARE = eINSTANCE.getRevenueShare();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVENUE_SHARE__ACTOR = eINSTANCE.getRevenueShare_Actor();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVENUE_SHARE__PARTY = eINSTANCE.getRevenueShare_Party();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVENUE_SHARE__PERCENT = eINSTANCE.getRevenueShare_Percent();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ConstructImpl <em>Construct</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ConstructImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getConstruct()
		 * @generated
		 */
		EClass CONSTRUCT = eINSTANCE.getConstruct();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRUCT__MODE = eINSTANCE.getConstruct_Mode();

		/**
		 * The meta object literal for the '<em><b>Weighting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRUCT__WEIGHTING = eINSTANCE.getConstruct_Weighting();

		/**
		 * The meta object literal for the '<em><b>Dimension Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRUCT__DIMENSION_CATEGORY = eINSTANCE.getConstruct_DimensionCategory();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSTRUCT__DIMENSIONS = eINSTANCE.getConstruct_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSTRUCT__INDICATORS = eINSTANCE.getConstruct_Indicators();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.IndicatorImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Item Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ITEM_TEXT = eINSTANCE.getIndicator_ItemText();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__SCALE = eINSTANCE.getIndicator_Scale();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__COLUMN = eINSTANCE.getIndicator_Column();

		/**
		 * The meta object literal for the '<em><b>Reverse Coded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__REVERSE_CODED = eINSTANCE.getIndicator_ReverseCoded();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__DATA_SOURCE = eINSTANCE.getIndicator_DataSource();

		/**
		 * The meta object literal for the '<em><b>Loading Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__LOADING_LABEL = eINSTANCE.getIndicator_LoadingLabel();

		/**
		 * The meta object literal for the '<em><b>Loading Fixed Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__LOADING_FIXED_VALUE = eINSTANCE.getIndicator_LoadingFixedValue();

		/**
		 * The meta object literal for the '<em><b>Loading Free</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__LOADING_FREE = eINSTANCE.getIndicator_LoadingFree();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ScaleImpl <em>Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ScaleImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getScale()
		 * @generated
		 */
		EClass SCALE = eINSTANCE.getScale();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__POINTS = eINSTANCE.getScale_Points();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__LABEL = eINSTANCE.getScale_Label();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__MIN = eINSTANCE.getScale_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__MAX = eINSTANCE.getScale_Max();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.HypothesisImpl <em>Hypothesis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.HypothesisImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getHypothesis()
		 * @generated
		 */
		EClass HYPOTHESIS = eINSTANCE.getHypothesis();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPOTHESIS__LABEL = eINSTANCE.getHypothesis_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPOTHESIS__DESCRIPTION = eINSTANCE.getHypothesis_Description();

		/**
		 * The meta object literal for the '<em><b>Expected Sign</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPOTHESIS__EXPECTED_SIGN = eINSTANCE.getHypothesis_ExpectedSign();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.StructuralPathImpl <em>Structural Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.StructuralPathImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getStructuralPath()
		 * @generated
		 */
		EClass STRUCTURAL_PATH = eINSTANCE.getStructuralPath();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRUCTURAL_PATH__SOURCE = eINSTANCE.getStructuralPath_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRUCTURAL_PATH__TARGET = eINSTANCE.getStructuralPath_Target();

		/**
		 * The meta object literal for the '<em><b>Parameter Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURAL_PATH__PARAMETER_LABEL = eINSTANCE.getStructuralPath_ParameterLabel();

		/**
		 * The meta object literal for the '<em><b>Fixed Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURAL_PATH__FIXED_VALUE = eINSTANCE.getStructuralPath_FixedValue();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.MediationHypothesisImpl <em>Mediation Hypothesis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.MediationHypothesisImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getMediationHypothesis()
		 * @generated
		 */
		EClass MEDIATION_HYPOTHESIS = eINSTANCE.getMediationHypothesis();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIATION_HYPOTHESIS__SOURCE = eINSTANCE.getMediationHypothesis_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIATION_HYPOTHESIS__TARGET = eINSTANCE.getMediationHypothesis_Target();

		/**
		 * The meta object literal for the '<em><b>Mediators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIATION_HYPOTHESIS__MEDIATORS = eINSTANCE.getMediationHypothesis_Mediators();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ModerationHypothesisImpl <em>Moderation Hypothesis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ModerationHypothesisImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getModerationHypothesis()
		 * @generated
		 */
		EClass MODERATION_HYPOTHESIS = eINSTANCE.getModerationHypothesis();

		/**
		 * The meta object literal for the '<em><b>Predictor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODERATION_HYPOTHESIS__PREDICTOR = eINSTANCE.getModerationHypothesis_Predictor();

		/**
		 * The meta object literal for the '<em><b>Moderator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODERATION_HYPOTHESIS__MODERATOR = eINSTANCE.getModerationHypothesis_Moderator();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODERATION_HYPOTHESIS__TARGET = eINSTANCE.getModerationHypothesis_Target();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.CovarianceImpl <em>Covariance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.CovarianceImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getCovariance()
		 * @generated
		 */
		EClass COVARIANCE = eINSTANCE.getCovariance();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COVARIANCE__LEFT = eINSTANCE.getCovariance_Left();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COVARIANCE__RIGHT = eINSTANCE.getCovariance_Right();

		/**
		 * The meta object literal for the '<em><b>Parameter Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVARIANCE__PARAMETER_LABEL = eINSTANCE.getCovariance_ParameterLabel();

		/**
		 * The meta object literal for the '<em><b>Fixed Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVARIANCE__FIXED_VALUE = eINSTANCE.getCovariance_FixedValue();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.DefinedParameterImpl <em>Defined Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.DefinedParameterImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getDefinedParameter()
		 * @generated
		 */
		EClass DEFINED_PARAMETER = eINSTANCE.getDefinedParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEFINED_PARAMETER__NAME = eINSTANCE.getDefinedParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEFINED_PARAMETER__EXPRESSION = eINSTANCE.getDefinedParameter_Expression();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEFINED_PARAMETER__DESCRIPTION = eINSTANCE.getDefinedParameter_Description();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ParameterConstraintImpl <em>Parameter Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ParameterConstraintImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getParameterConstraint()
		 * @generated
		 */
		EClass PARAMETER_CONSTRAINT = eINSTANCE.getParameterConstraint();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_CONSTRAINT__LEFT = eINSTANCE.getParameterConstraint_Left();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_CONSTRAINT__OPERATOR = eINSTANCE.getParameterConstraint_Operator();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_CONSTRAINT__RIGHT = eINSTANCE.getParameterConstraint_Right();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.CausalMapImpl <em>Causal Map</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.CausalMapImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getCausalMap()
		 * @generated
		 */
		EClass CAUSAL_MAP = eINSTANCE.getCausalMap();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSAL_MAP__STAGES = eINSTANCE.getCausalMap_Stages();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSAL_MAP__LINKS = eINSTANCE.getCausalMap_Links();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.CausalStageImpl <em>Causal Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.CausalStageImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getCausalStage()
		 * @generated
		 */
		EClass CAUSAL_STAGE = eINSTANCE.getCausalStage();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSAL_STAGE__ORDER = eINSTANCE.getCausalStage_Order();

		/**
		 * The meta object literal for the '<em><b>Constructs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSAL_STAGE__CONSTRUCTS = eINSTANCE.getCausalStage_Constructs();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.CausalLinkImpl <em>Causal Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.CausalLinkImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getCausalLink()
		 * @generated
		 */
		EClass CAUSAL_LINK = eINSTANCE.getCausalLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSAL_LINK__SOURCE = eINSTANCE.getCausalLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSAL_LINK__TARGET = eINSTANCE.getCausalLink_Target();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSAL_LINK__DESCRIPTION = eINSTANCE.getCausalLink_Description();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.EventImpl <em>Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.EventImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getEvent()
		 * @generated
		 */
		EClass EVENT = eINSTANCE.getEvent();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__PERIOD = eINSTANCE.getEvent_Period();

		/**
		 * The meta object literal for the '<em><b>Event Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__EVENT_TYPE = eINSTANCE.getEvent_EventType();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__PARTICIPANTS = eINSTANCE.getEvent_Participants();

		/**
		 * The meta object literal for the '<em><b>Participant Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__PARTICIPANT_LABELS = eINSTANCE.getEvent_ParticipantLabels();

		/**
		 * The meta object literal for the '<em><b>Policy Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__POLICY_BACKGROUND = eINSTANCE.getEvent_PolicyBackground();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__EFFECT = eINSTANCE.getEvent_Effect();

		/**
		 * The meta object literal for the '<em><b>Constructs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__CONSTRUCTS = eINSTANCE.getEvent_Constructs();

		/**
		 * The meta object literal for the '<em><b>Indices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__INDICES = eINSTANCE.getEvent_Indices();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.IndexImpl <em>Index</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.IndexImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getIndex()
		 * @generated
		 */
		EClass INDEX = eINSTANCE.getIndex();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEX__CATEGORY = eINSTANCE.getIndex_Category();

		/**
		 * The meta object literal for the '<em><b>Interpretation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEX__INTERPRETATION = eINSTANCE.getIndex_Interpretation();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEX__UNIT = eINSTANCE.getIndex_Unit();

		/**
		 * The meta object literal for the '<em><b>Data Source Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEX__DATA_SOURCE_KIND = eINSTANCE.getIndex_DataSourceKind();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEX__YEAR = eINSTANCE.getIndex_Year();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEX__DIRECTION = eINSTANCE.getIndex_Direction();

		/**
		 * The meta object literal for the '<em><b>Construct</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDEX__CONSTRUCT = eINSTANCE.getIndex_Construct();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDEX__OBSERVATIONS = eINSTANCE.getIndex_Observations();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDEX__SUMMARY = eINSTANCE.getIndex_Summary();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.SummaryStatisticsImpl <em>Summary Statistics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.SummaryStatisticsImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getSummaryStatistics()
		 * @generated
		 */
		EClass SUMMARY_STATISTICS = eINSTANCE.getSummaryStatistics();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUMMARY_STATISTICS__MEAN = eINSTANCE.getSummaryStatistics_Mean();

		/**
		 * The meta object literal for the '<em><b>Sd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUMMARY_STATISTICS__SD = eINSTANCE.getSummaryStatistics_Sd();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUMMARY_STATISTICS__MAX = eINSTANCE.getSummaryStatistics_Max();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUMMARY_STATISTICS__MIN = eINSTANCE.getSummaryStatistics_Min();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUMMARY_STATISTICS__COUNT = eINSTANCE.getSummaryStatistics_Count();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ObservationImpl <em>Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ObservationImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getObservation()
		 * @generated
		 */
		EClass OBSERVATION = eINSTANCE.getObservation();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__UNIT = eINSTANCE.getObservation_Unit();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__PERIOD = eINSTANCE.getObservation_Period();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__VALUE = eINSTANCE.getObservation_Value();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__PHASE = eINSTANCE.getObservation_Phase();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ImplementationPathMapImpl <em>Implementation Path Map</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ImplementationPathMapImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getImplementationPathMap()
		 * @generated
		 */
		EClass IMPLEMENTATION_PATH_MAP = eINSTANCE.getImplementationPathMap();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PATH_MAP__STAGES = eINSTANCE.getImplementationPathMap_Stages();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PATH_MAP__TRANSITIONS = eINSTANCE.getImplementationPathMap_Transitions();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.PathStageImpl <em>Path Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.PathStageImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getPathStage()
		 * @generated
		 */
		EClass PATH_STAGE = eINSTANCE.getPathStage();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATH_STAGE__KIND = eINSTANCE.getPathStage_Kind();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.TransitionImpl <em>Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.TransitionImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getTransition()
		 * @generated
		 */
		EClass TRANSITION = eINSTANCE.getTransition();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__SOURCE = eINSTANCE.getTransition_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__TARGET = eINSTANCE.getTransition_Target();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__CONDITION = eINSTANCE.getTransition_Condition();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.DataSourceImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__PATH = eINSTANCE.getDataSource_Path();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__FORMAT = eINSTANCE.getDataSource_Format();

		/**
		 * The meta object literal for the '<em><b>Delimiter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__DELIMITER = eINSTANCE.getDataSource_Delimiter();

		/**
		 * The meta object literal for the '<em><b>Missing Value Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__MISSING_VALUE_CODES = eINSTANCE.getDataSource_MissingValueCodes();

		/**
		 * The meta object literal for the '<em><b>Sheet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__SHEET = eINSTANCE.getDataSource_Sheet();

		/**
		 * The meta object literal for the '<em><b>Column Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__COLUMN_MAPPINGS = eINSTANCE.getDataSource_ColumnMappings();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ColumnMappingImpl <em>Column Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ColumnMappingImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getColumnMapping()
		 * @generated
		 */
		EClass COLUMN_MAPPING = eINSTANCE.getColumnMapping();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__COLUMN = eINSTANCE.getColumnMapping_Column();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN_MAPPING__INDICATOR = eINSTANCE.getColumnMapping_Indicator();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.AnalysisConfigurationImpl <em>Analysis Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.AnalysisConfigurationImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getAnalysisConfiguration()
		 * @generated
		 */
		EClass ANALYSIS_CONFIGURATION = eINSTANCE.getAnalysisConfiguration();

		/**
		 * The meta object literal for the '<em><b>Engine Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_CONFIGURATION__ENGINE_ID = eINSTANCE.getAnalysisConfiguration_EngineId();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_CONFIGURATION__DATA_SOURCE = eINSTANCE.getAnalysisConfiguration_DataSource();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_CONFIGURATION__PARAMETERS = eINSTANCE.getAnalysisConfiguration_Parameters();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_CONFIGURATION__ENABLED = eINSTANCE.getAnalysisConfiguration_Enabled();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ParameterImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ProblemImpl <em>Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ProblemImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getProblem()
		 * @generated
		 */
		EClass PROBLEM = eINSTANCE.getProblem();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__CATEGORY = eINSTANCE.getProblem_Category();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__ACTORS = eINSTANCE.getProblem_Actors();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.StrategyImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__KIND = eINSTANCE.getStrategy_Kind();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__ADDRESSES = eINSTANCE.getStrategy_Addresses();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__ACTORS = eINSTANCE.getStrategy_Actors();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ProductionFunctionImpl <em>Production Function</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ProductionFunctionImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getProductionFunction()
		 * @generated
		 */
		EClass PRODUCTION_FUNCTION = eINSTANCE.getProductionFunction();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCTION_FUNCTION__OUTPUT = eINSTANCE.getProductionFunction_Output();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCTION_FUNCTION__EXPRESSION = eINSTANCE.getProductionFunction_Expression();

		/**
		 * The meta object literal for the '<em><b>Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCTION_FUNCTION__FACTORS = eINSTANCE.getProductionFunction_Factors();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ProductionFactorImpl <em>Production Factor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ProductionFactorImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getProductionFactor()
		 * @generated
		 */
		EClass PRODUCTION_FACTOR = eINSTANCE.getProductionFactor();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCTION_FACTOR__SYMBOL = eINSTANCE.getProductionFactor_Symbol();

		/**
		 * The meta object literal for the '<em><b>Constructs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCTION_FACTOR__CONSTRUCTS = eINSTANCE.getProductionFactor_Constructs();

		/**
		 * The meta object literal for the '<em><b>Indices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCTION_FACTOR__INDICES = eINSTANCE.getProductionFactor_Indices();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ReportedStatisticImpl <em>Reported Statistic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ReportedStatisticImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getReportedStatistic()
		 * @generated
		 */
		EClass REPORTED_STATISTIC = eINSTANCE.getReportedStatistic();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTED_STATISTIC__SUBJECT = eINSTANCE.getReportedStatistic_Subject();

		/**
		 * The meta object literal for the '<em><b>Subject Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_STATISTIC__SUBJECT_LABEL = eINSTANCE.getReportedStatistic_SubjectLabel();

		/**
		 * The meta object literal for the '<em><b>Statistic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_STATISTIC__STATISTIC = eINSTANCE.getReportedStatistic_Statistic();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_STATISTIC__VALUE = eINSTANCE.getReportedStatistic_Value();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_STATISTIC__SOURCE = eINSTANCE.getReportedStatistic_Source();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.SystemDynamicsModelImpl <em>System Dynamics Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.SystemDynamicsModelImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getSystemDynamicsModel()
		 * @generated
		 */
		EClass SYSTEM_DYNAMICS_MODEL = eINSTANCE.getSystemDynamicsModel();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_DYNAMICS_MODEL__START_TIME = eINSTANCE.getSystemDynamicsModel_StartTime();

		/**
		 * The meta object literal for the '<em><b>Stop Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_DYNAMICS_MODEL__STOP_TIME = eINSTANCE.getSystemDynamicsModel_StopTime();

		/**
		 * The meta object literal for the '<em><b>Time Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_DYNAMICS_MODEL__TIME_STEP = eINSTANCE.getSystemDynamicsModel_TimeStep();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_DYNAMICS_MODEL__METHOD = eINSTANCE.getSystemDynamicsModel_Method();

		/**
		 * The meta object literal for the '<em><b>Time Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_DYNAMICS_MODEL__TIME_UNITS = eINSTANCE.getSystemDynamicsModel_TimeUnits();

		/**
		 * The meta object literal for the '<em><b>Stocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DYNAMICS_MODEL__STOCKS = eINSTANCE.getSystemDynamicsModel_Stocks();

		/**
		 * The meta object literal for the '<em><b>Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DYNAMICS_MODEL__FLOWS = eINSTANCE.getSystemDynamicsModel_Flows();

		/**
		 * The meta object literal for the '<em><b>Auxiliaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DYNAMICS_MODEL__AUXILIARIES = eINSTANCE.getSystemDynamicsModel_Auxiliaries();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DYNAMICS_MODEL__PARAMETERS = eINSTANCE.getSystemDynamicsModel_Parameters();

		/**
		 * The meta object literal for the '<em><b>Lookup Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DYNAMICS_MODEL__LOOKUP_TABLES = eINSTANCE.getSystemDynamicsModel_LookupTables();

		/**
		 * The meta object literal for the '<em><b>Delays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DYNAMICS_MODEL__DELAYS = eINSTANCE.getSystemDynamicsModel_Delays();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DYNAMICS_MODEL__SCENARIOS = eINSTANCE.getSystemDynamicsModel_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Time Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_DYNAMICS_MODEL__TIME_COLUMN = eINSTANCE.getSystemDynamicsModel_TimeColumn();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.SdVariableImpl <em>Sd Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.SdVariableImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getSdVariable()
		 * @generated
		 */
		EClass SD_VARIABLE = eINSTANCE.getSdVariable();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SD_VARIABLE__UNITS = eINSTANCE.getSdVariable_Units();

		/**
		 * The meta object literal for the '<em><b>Observed Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SD_VARIABLE__OBSERVED_COLUMN = eINSTANCE.getSdVariable_ObservedColumn();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.StockImpl <em>Stock</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.StockImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getStock()
		 * @generated
		 */
		EClass STOCK = eINSTANCE.getStock();

		/**
		 * The meta object literal for the '<em><b>Initial Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__INITIAL_VALUE = eINSTANCE.getStock_InitialValue();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.FlowImpl <em>Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.FlowImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getFlow()
		 * @generated
		 */
		EClass FLOW = eINSTANCE.getFlow();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__FROM = eINSTANCE.getFlow_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__TO = eINSTANCE.getFlow_To();

		/**
		 * The meta object literal for the '<em><b>Equation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__EQUATION = eINSTANCE.getFlow_Equation();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.AuxiliaryImpl <em>Auxiliary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.AuxiliaryImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getAuxiliary()
		 * @generated
		 */
		EClass AUXILIARY = eINSTANCE.getAuxiliary();

		/**
		 * The meta object literal for the '<em><b>Equation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUXILIARY__EQUATION = eINSTANCE.getAuxiliary_Equation();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.SimulationParameterImpl <em>Simulation Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.SimulationParameterImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getSimulationParameter()
		 * @generated
		 */
		EClass SIMULATION_PARAMETER = eINSTANCE.getSimulationParameter();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_PARAMETER__VALUE = eINSTANCE.getSimulationParameter_Value();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.LookupTableImpl <em>Lookup Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.LookupTableImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getLookupTable()
		 * @generated
		 */
		EClass LOOKUP_TABLE = eINSTANCE.getLookupTable();

		/**
		 * The meta object literal for the '<em><b>XValues</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOKUP_TABLE__XVALUES = eINSTANCE.getLookupTable_XValues();

		/**
		 * The meta object literal for the '<em><b>YValues</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOKUP_TABLE__YVALUES = eINSTANCE.getLookupTable_YValues();

		/**
		 * The meta object literal for the '<em><b>Interpolation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOKUP_TABLE__INTERPOLATION = eINSTANCE.getLookupTable_Interpolation();

		/**
		 * The meta object literal for the '<em><b>Input Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOKUP_TABLE__INPUT_UNITS = eINSTANCE.getLookupTable_InputUnits();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.DelayImpl <em>Delay</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.DelayImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getDelay()
		 * @generated
		 */
		EClass DELAY = eINSTANCE.getDelay();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELAY__KIND = eINSTANCE.getDelay_Kind();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELAY__INPUT = eINSTANCE.getDelay_Input();

		/**
		 * The meta object literal for the '<em><b>Delay Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELAY__DELAY_TIME = eINSTANCE.getDelay_DelayTime();

		/**
		 * The meta object literal for the '<em><b>Initial Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELAY__INITIAL_VALUE = eINSTANCE.getDelay_InitialValue();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ScenarioImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OVERRIDES = eINSTANCE.getScenario_Overrides();

		/**
		 * The meta object literal for the '{@link org.synergos.model.impl.ParameterOverrideImpl <em>Parameter Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.impl.ParameterOverrideImpl
		 * @see org.synergos.model.impl.SynergosPackageImpl#getParameterOverride()
		 * @generated
		 */
		EClass PARAMETER_OVERRIDE = eINSTANCE.getParameterOverride();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_OVERRIDE__PARAMETER = eINSTANCE.getParameterOverride_Parameter();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_OVERRIDE__VALUE = eINSTANCE.getParameterOverride_Value();

		/**
		 * The meta object literal for the '{@link org.synergos.model.ActorKind <em>Actor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.ActorKind
		 * @see org.synergos.model.impl.SynergosPackageImpl#getActorKind()
		 * @generated
		 */
		EEnum ACTOR_KIND = eINSTANCE.getActorKind();

		/**
		 * The meta object literal for the '{@link org.synergos.model.CollaborationKind <em>Collaboration Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.CollaborationKind
		 * @see org.synergos.model.impl.SynergosPackageImpl#getCollaborationKind()
		 * @generated
		 */
		EEnum COLLABORATION_KIND = eINSTANCE.getCollaborationKind();

		/**
		 * The meta object literal for the '{@link org.synergos.model.ConstructMode <em>Construct Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.ConstructMode
		 * @see org.synergos.model.impl.SynergosPackageImpl#getConstructMode()
		 * @generated
		 */
		EEnum CONSTRUCT_MODE = eINSTANCE.getConstructMode();

		/**
		 * The meta object literal for the '{@link org.synergos.model.Weighting <em>Weighting</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.Weighting
		 * @see org.synergos.model.impl.SynergosPackageImpl#getWeighting()
		 * @generated
		 */
		EEnum WEIGHTING = eINSTANCE.getWeighting();

		/**
		 * The meta object literal for the '{@link org.synergos.model.ExpectedSign <em>Expected Sign</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.ExpectedSign
		 * @see org.synergos.model.impl.SynergosPackageImpl#getExpectedSign()
		 * @generated
		 */
		EEnum EXPECTED_SIGN = eINSTANCE.getExpectedSign();

		/**
		 * The meta object literal for the '{@link org.synergos.model.IndexDirection <em>Index Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.IndexDirection
		 * @see org.synergos.model.impl.SynergosPackageImpl#getIndexDirection()
		 * @generated
		 */
		EEnum INDEX_DIRECTION = eINSTANCE.getIndexDirection();

		/**
		 * The meta object literal for the '{@link org.synergos.model.ObservationPhase <em>Observation Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.ObservationPhase
		 * @see org.synergos.model.impl.SynergosPackageImpl#getObservationPhase()
		 * @generated
		 */
		EEnum OBSERVATION_PHASE = eINSTANCE.getObservationPhase();

		/**
		 * The meta object literal for the '{@link org.synergos.model.PathStageKind <em>Path Stage Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.PathStageKind
		 * @see org.synergos.model.impl.SynergosPackageImpl#getPathStageKind()
		 * @generated
		 */
		EEnum PATH_STAGE_KIND = eINSTANCE.getPathStageKind();

		/**
		 * The meta object literal for the '{@link org.synergos.model.DataFormat <em>Data Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.DataFormat
		 * @see org.synergos.model.impl.SynergosPackageImpl#getDataFormat()
		 * @generated
		 */
		EEnum DATA_FORMAT = eINSTANCE.getDataFormat();

		/**
		 * The meta object literal for the '{@link org.synergos.model.ConstraintOperator <em>Constraint Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.ConstraintOperator
		 * @see org.synergos.model.impl.SynergosPackageImpl#getConstraintOperator()
		 * @generated
		 */
		EEnum CONSTRAINT_OPERATOR = eINSTANCE.getConstraintOperator();

		/**
		 * The meta object literal for the '{@link org.synergos.model.StrategyKind <em>Strategy Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.StrategyKind
		 * @see org.synergos.model.impl.SynergosPackageImpl#getStrategyKind()
		 * @generated
		 */
		EEnum STRATEGY_KIND = eINSTANCE.getStrategyKind();

		/**
		 * The meta object literal for the '{@link org.synergos.model.IntegrationMethod <em>Integration Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.IntegrationMethod
		 * @see org.synergos.model.impl.SynergosPackageImpl#getIntegrationMethod()
		 * @generated
		 */
		EEnum INTEGRATION_METHOD = eINSTANCE.getIntegrationMethod();

		/**
		 * The meta object literal for the '{@link org.synergos.model.DelayKind <em>Delay Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.DelayKind
		 * @see org.synergos.model.impl.SynergosPackageImpl#getDelayKind()
		 * @generated
		 */
		EEnum DELAY_KIND = eINSTANCE.getDelayKind();

		/**
		 * The meta object literal for the '{@link org.synergos.model.LookupInterpolation <em>Lookup Interpolation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.synergos.model.LookupInterpolation
		 * @see org.synergos.model.impl.SynergosPackageImpl#getLookupInterpolation()
		 * @generated
		 */
		EEnum LOOKUP_INTERPOLATION = eINSTANCE.getLookupInterpolation();

	}

} //SynergosPackage
