/**
 */
package org.synergos.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Actor Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of innovation subject (domain: government, university, enterprise ...).
 * <!-- end-model-doc -->
 * @see org.synergos.model.SynergosPackage#getActorKind()
 * @model
 * @generated
 */
public enum ActorKind implements Enumerator {
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
	 * The '<em><b>GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT(1, "GOVERNMENT", "GOVERNMENT"),

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIVERSITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNIVERSITY(2, "UNIVERSITY", "UNIVERSITY"),

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERPRISE(3, "ENTERPRISE", "ENTERPRISE"),

	/**
	 * The '<em><b>RESEARCH INSTITUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_INSTITUTE_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCH_INSTITUTE(4, "RESEARCH_INSTITUTE", "RESEARCH_INSTITUTE"),

	/**
	 * The '<em><b>INTERMEDIARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERMEDIARY_VALUE
	 * @generated
	 * @ordered
	 */
	INTERMEDIARY(5, "INTERMEDIARY", "INTERMEDIARY"),

	/**
	 * The '<em><b>FINANCIAL INSTITUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_INSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL_INSTITUTION(6, "FINANCIAL_INSTITUTION", "FINANCIAL_INSTITUTION"),

	/**
	 * The '<em><b>MARKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKET_VALUE
	 * @generated
	 * @ordered
	 */
	MARKET(7, "MARKET", "MARKET");

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
	 * The '<em><b>GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_VALUE = 1;

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIVERSITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIVERSITY_VALUE = 2;

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTERPRISE_VALUE = 3;

	/**
	 * The '<em><b>RESEARCH INSTITUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_INSTITUTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCH_INSTITUTE_VALUE = 4;

	/**
	 * The '<em><b>INTERMEDIARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERMEDIARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERMEDIARY_VALUE = 5;

	/**
	 * The '<em><b>FINANCIAL INSTITUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_INSTITUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_INSTITUTION_VALUE = 6;

	/**
	 * The '<em><b>MARKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKET_VALUE = 7;

	/**
	 * An array of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActorKind[] VALUES_ARRAY =
		new ActorKind[] {
			OTHER,
			GOVERNMENT,
			UNIVERSITY,
			ENTERPRISE,
			RESEARCH_INSTITUTE,
			INTERMEDIARY,
			FINANCIAL_INSTITUTION,
			MARKET,
		};

	/**
	 * A public read-only list of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case GOVERNMENT_VALUE: return GOVERNMENT;
			case UNIVERSITY_VALUE: return UNIVERSITY;
			case ENTERPRISE_VALUE: return ENTERPRISE;
			case RESEARCH_INSTITUTE_VALUE: return RESEARCH_INSTITUTE;
			case INTERMEDIARY_VALUE: return INTERMEDIARY;
			case FINANCIAL_INSTITUTION_VALUE: return FINANCIAL_INSTITUTION;
			case MARKET_VALUE: return MARKET;
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
	private ActorKind(int value, String name, String literal) {
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
	
} //ActorKind
