/**
 */
package org.synergos.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Delay Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of delay: first-/third-order material delay (DELAY1, DELAY3) or information delay (SMOOTH, SMOOTH3).
 * <!-- end-model-doc -->
 * @see org.synergos.model.SynergosPackage#getDelayKind()
 * @model
 * @generated
 */
public enum DelayKind implements Enumerator {
	/**
	 * The '<em><b>DELAY1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELAY1_VALUE
	 * @generated
	 * @ordered
	 */
	DELAY1(0, "DELAY1", "DELAY1"),

	/**
	 * The '<em><b>DELAY3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELAY3_VALUE
	 * @generated
	 * @ordered
	 */
	DELAY3(1, "DELAY3", "DELAY3"),

	/**
	 * The '<em><b>SMOOTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMOOTH_VALUE
	 * @generated
	 * @ordered
	 */
	SMOOTH(2, "SMOOTH", "SMOOTH"),

	/**
	 * The '<em><b>SMOOTH3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMOOTH3_VALUE
	 * @generated
	 * @ordered
	 */
	SMOOTH3(3, "SMOOTH3", "SMOOTH3");

	/**
	 * The '<em><b>DELAY1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELAY1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELAY1_VALUE = 0;

	/**
	 * The '<em><b>DELAY3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELAY3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELAY3_VALUE = 1;

	/**
	 * The '<em><b>SMOOTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMOOTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMOOTH_VALUE = 2;

	/**
	 * The '<em><b>SMOOTH3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMOOTH3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMOOTH3_VALUE = 3;

	/**
	 * An array of all the '<em><b>Delay Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DelayKind[] VALUES_ARRAY =
		new DelayKind[] {
			DELAY1,
			DELAY3,
			SMOOTH,
			SMOOTH3,
		};

	/**
	 * A public read-only list of all the '<em><b>Delay Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DelayKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Delay Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DelayKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DelayKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Delay Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DelayKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DelayKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Delay Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DelayKind get(int value) {
		switch (value) {
			case DELAY1_VALUE: return DELAY1;
			case DELAY3_VALUE: return DELAY3;
			case SMOOTH_VALUE: return SMOOTH;
			case SMOOTH3_VALUE: return SMOOTH3;
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
	private DelayKind(int value, String name, String literal) {
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
	
} //DelayKind
