/**
 */
package org.synergos.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Strategy Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of path/strategy (technological transition, factor reset ...).
 * <!-- end-model-doc -->
 * @see org.synergos.model.SynergosPackage#getStrategyKind()
 * @model
 * @generated
 */
public enum StrategyKind implements Enumerator {
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
	 * The '<em><b>TECHNOLOGICAL TRANSITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGICAL_TRANSITION_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGICAL_TRANSITION(1, "TECHNOLOGICAL_TRANSITION", "TECHNOLOGICAL_TRANSITION"),

	/**
	 * The '<em><b>FACTOR RESET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACTOR_RESET_VALUE
	 * @generated
	 * @ordered
	 */
	FACTOR_RESET(2, "FACTOR_RESET", "FACTOR_RESET"),

	/**
	 * The '<em><b>ORGANIZATIONAL RECONSTRUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIZATIONAL_RECONSTRUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANIZATIONAL_RECONSTRUCTION(3, "ORGANIZATIONAL_RECONSTRUCTION", "ORGANIZATIONAL_RECONSTRUCTION"),

	/**
	 * The '<em><b>ECOLOGICAL COORDINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOLOGICAL_COORDINATION_VALUE
	 * @generated
	 * @ordered
	 */
	ECOLOGICAL_COORDINATION(4, "ECOLOGICAL_COORDINATION", "ECOLOGICAL_COORDINATION"),

	/**
	 * The '<em><b>POLICY TOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_TOOL_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_TOOL(5, "POLICY_TOOL", "POLICY_TOOL");

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
	 * The '<em><b>TECHNOLOGICAL TRANSITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGICAL_TRANSITION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGICAL_TRANSITION_VALUE = 1;

	/**
	 * The '<em><b>FACTOR RESET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACTOR_RESET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FACTOR_RESET_VALUE = 2;

	/**
	 * The '<em><b>ORGANIZATIONAL RECONSTRUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIZATIONAL_RECONSTRUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANIZATIONAL_RECONSTRUCTION_VALUE = 3;

	/**
	 * The '<em><b>ECOLOGICAL COORDINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOLOGICAL_COORDINATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECOLOGICAL_COORDINATION_VALUE = 4;

	/**
	 * The '<em><b>POLICY TOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_TOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_TOOL_VALUE = 5;

	/**
	 * An array of all the '<em><b>Strategy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StrategyKind[] VALUES_ARRAY =
		new StrategyKind[] {
			OTHER,
			TECHNOLOGICAL_TRANSITION,
			FACTOR_RESET,
			ORGANIZATIONAL_RECONSTRUCTION,
			ECOLOGICAL_COORDINATION,
			POLICY_TOOL,
		};

	/**
	 * A public read-only list of all the '<em><b>Strategy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StrategyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Strategy Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StrategyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strategy Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StrategyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strategy Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case TECHNOLOGICAL_TRANSITION_VALUE: return TECHNOLOGICAL_TRANSITION;
			case FACTOR_RESET_VALUE: return FACTOR_RESET;
			case ORGANIZATIONAL_RECONSTRUCTION_VALUE: return ORGANIZATIONAL_RECONSTRUCTION;
			case ECOLOGICAL_COORDINATION_VALUE: return ECOLOGICAL_COORDINATION;
			case POLICY_TOOL_VALUE: return POLICY_TOOL;
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
	private StrategyKind(int value, String name, String literal) {
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
	
} //StrategyKind
