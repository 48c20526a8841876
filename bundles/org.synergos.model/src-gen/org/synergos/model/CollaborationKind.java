/**
 */
package org.synergos.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Collaboration Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What flows between collaborating actors.
 * <!-- end-model-doc -->
 * @see org.synergos.model.SynergosPackage#getCollaborationKind()
 * @model
 * @generated
 */
public enum CollaborationKind implements Enumerator {
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
	 * The '<em><b>KNOWLEDGE SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWLEDGE_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWLEDGE_SHARING(1, "KNOWLEDGE_SHARING", "KNOWLEDGE_SHARING"),

	/**
	 * The '<em><b>TECHNOLOGY TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGY_TRANSFER(2, "TECHNOLOGY_TRANSFER", "TECHNOLOGY_TRANSFER"),

	/**
	 * The '<em><b>JOINT RD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOINT_RD_VALUE
	 * @generated
	 * @ordered
	 */
	JOINT_RD(3, "JOINT_RD", "JOINT_RD"),

	/**
	 * The '<em><b>TALENT FLOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TALENT_FLOW_VALUE
	 * @generated
	 * @ordered
	 */
	TALENT_FLOW(4, "TALENT_FLOW", "TALENT_FLOW"),

	/**
	 * The '<em><b>FUNDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING(5, "FUNDING", "FUNDING"),

	/**
	 * The '<em><b>PLATFORM SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	PLATFORM_SHARING(6, "PLATFORM_SHARING", "PLATFORM_SHARING"),

	/**
	 * The '<em><b>REVENUE SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE_SHARING(7, "REVENUE_SHARING", "REVENUE_SHARING");

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
	 * The '<em><b>KNOWLEDGE SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWLEDGE_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KNOWLEDGE_SHARING_VALUE = 1;

	/**
	 * The '<em><b>TECHNOLOGY TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_TRANSFER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGY_TRANSFER_VALUE = 2;

	/**
	 * The '<em><b>JOINT RD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOINT_RD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOINT_RD_VALUE = 3;

	/**
	 * The '<em><b>TALENT FLOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TALENT_FLOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TALENT_FLOW_VALUE = 4;

	/**
	 * The '<em><b>FUNDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_VALUE = 5;

	/**
	 * The '<em><b>PLATFORM SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLATFORM_SHARING_VALUE = 6;

	/**
	 * The '<em><b>REVENUE SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_SHARING_VALUE = 7;

	/**
	 * An array of all the '<em><b>Collaboration Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CollaborationKind[] VALUES_ARRAY =
		new CollaborationKind[] {
			OTHER,
			KNOWLEDGE_SHARING,
			TECHNOLOGY_TRANSFER,
			JOINT_RD,
			TALENT_FLOW,
			FUNDING,
			PLATFORM_SHARING,
			REVENUE_SHARING,
		};

	/**
	 * A public read-only list of all the '<em><b>Collaboration Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CollaborationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Collaboration Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CollaborationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CollaborationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Collaboration Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CollaborationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CollaborationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Collaboration Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CollaborationKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case KNOWLEDGE_SHARING_VALUE: return KNOWLEDGE_SHARING;
			case TECHNOLOGY_TRANSFER_VALUE: return TECHNOLOGY_TRANSFER;
			case JOINT_RD_VALUE: return JOINT_RD;
			case TALENT_FLOW_VALUE: return TALENT_FLOW;
			case FUNDING_VALUE: return FUNDING;
			case PLATFORM_SHARING_VALUE: return PLATFORM_SHARING;
			case REVENUE_SHARING_VALUE: return REVENUE_SHARING;
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
	private CollaborationKind(int value, String name, String literal) {
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
	
} //CollaborationKind
