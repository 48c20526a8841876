/**
 */
package org.synergos.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Path Stage Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Stage of the implementation path map (goal setting, resource evaluation, PDCA, feasibility).
 * <!-- end-model-doc -->
 * @see org.synergos.model.SynergosPackage#getPathStageKind()
 * @model
 * @generated
 */
public enum PathStageKind implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "OTHER"),

	/**
	 * The '<em><b>GOAL SETTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOAL_SETTING_VALUE
	 * @generated
	 * @ordered
	 */
	GOAL_SETTING(1, "GOAL_SETTING", "GOAL_SETTING"),

	/**
	 * The '<em><b>RESOURCE EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCE_EVALUATION(2, "RESOURCE_EVALUATION", "RESOURCE_EVALUATION"),

	/**
	 * The '<em><b>PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN(3, "PLAN", "PLAN"),

	/**
	 * The '<em><b>DO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DO_VALUE
	 * @generated
	 * @ordered
	 */
	DO(4, "DO", "DO"),

	/**
	 * The '<em><b>CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	CHECK(5, "CHECK", "CHECK"),

	/**
	 * The '<em><b>ACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACT_VALUE
	 * @generated
	 * @ordered
	 */
	ACT(6, "ACT", "ACT"),

	/**
	 * The '<em><b>FEASIBILITY DECISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEASIBILITY_DECISION_VALUE
	 * @generated
	 * @ordered
	 */
	FEASIBILITY_DECISION(7, "FEASIBILITY_DECISION", "FEASIBILITY_DECISION"),

	/**
	 * The '<em><b>IMPLEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	IMPLEMENT(8, "IMPLEMENT", "IMPLEMENT"),

	/**
	 * The '<em><b>ADJUST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADJUST_VALUE
	 * @generated
	 * @ordered
	 */
	ADJUST(9, "ADJUST", "ADJUST");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>GOAL SETTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOAL_SETTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOAL_SETTING_VALUE = 1;

	/**
	 * The '<em><b>RESOURCE EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_EVALUATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCE_EVALUATION_VALUE = 2;

	/**
	 * The '<em><b>PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_VALUE = 3;

	/**
	 * The '<em><b>DO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DO_VALUE = 4;

	/**
	 * The '<em><b>CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHECK_VALUE = 5;

	/**
	 * The '<em><b>ACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACT_VALUE = 6;

	/**
	 * The '<em><b>FEASIBILITY DECISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEASIBILITY_DECISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEASIBILITY_DECISION_VALUE = 7;

	/**
	 * The '<em><b>IMPLEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPLEMENT_VALUE = 8;

	/**
	 * The '<em><b>ADJUST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADJUST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADJUST_VALUE = 9;

	/**
	 * An array of all the '<em><b>Path Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PathStageKind[] VALUES_ARRAY =
		new PathStageKind[] {
			OTHER,
			GOAL_SETTING,
			RESOURCE_EVALUATION,
			PLAN,
			DO,
			CHECK,
			ACT,
			FEASIBILITY_DECISION,
			IMPLEMENT,
			ADJUST,
		};

	/**
	 * A public read-only list of all the '<em><b>Path Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PathStageKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Path Stage Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PathStageKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PathStageKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Path Stage Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PathStageKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PathStageKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Path Stage Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PathStageKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case GOAL_SETTING_VALUE: return GOAL_SETTING;
			case RESOURCE_EVALUATION_VALUE: return RESOURCE_EVALUATION;
			case PLAN_VALUE: return PLAN;
			case DO_VALUE: return DO;
			case CHECK_VALUE: return CHECK;
			case ACT_VALUE: return ACT;
			case FEASIBILITY_DECISION_VALUE: return FEASIBILITY_DECISION;
			case IMPLEMENT_VALUE: return IMPLEMENT;
			case ADJUST_VALUE: return ADJUST;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PathStageKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PathStageKind
