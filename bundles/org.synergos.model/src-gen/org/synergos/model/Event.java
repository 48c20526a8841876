/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A critical event for event-sequence analysis (paper A, Table 4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Event#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.synergos.model.Event#getEventType <em>Event Type</em>}</li>
 *   <li>{@link org.synergos.model.Event#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.synergos.model.Event#getParticipantLabels <em>Participant Labels</em>}</li>
 *   <li>{@link org.synergos.model.Event#getPolicyBackground <em>Policy Background</em>}</li>
 *   <li>{@link org.synergos.model.Event#getEffect <em>Effect</em>}</li>
 *   <li>{@link org.synergos.model.Event#getConstructs <em>Constructs</em>}</li>
 *   <li>{@link org.synergos.model.Event#getIndices <em>Indices</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getEvent()
 * @model
 * @generated
 */
public interface Event extends Named {
	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.synergos.model.SynergosPackage#getEvent_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.synergos.model.Event#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Event Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Type</em>' attribute.
	 * @see #setEventType(String)
	 * @see org.synergos.model.SynergosPackage#getEvent_EventType()
	 * @model
	 * @generated
	 */
	String getEventType();

	/**
	 * Sets the value of the '{@link org.synergos.model.Event#getEventType <em>Event Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Type</em>' attribute.
	 * @see #getEventType()
	 * @generated
	 */
	void setEventType(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getEvent_Participants()
	 * @model
	 * @generated
	 */
	EList<Actor> getParticipants();

	/**
	 * Returns the value of the '<em><b>Participant Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant Labels</em>' attribute list.
	 * @see org.synergos.model.SynergosPackage#getEvent_ParticipantLabels()
	 * @model
	 * @generated
	 */
	EList<String> getParticipantLabels();

	/**
	 * Returns the value of the '<em><b>Policy Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy Background</em>' attribute.
	 * @see #setPolicyBackground(String)
	 * @see org.synergos.model.SynergosPackage#getEvent_PolicyBackground()
	 * @model
	 * @generated
	 */
	String getPolicyBackground();

	/**
	 * Sets the value of the '{@link org.synergos.model.Event#getPolicyBackground <em>Policy Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Background</em>' attribute.
	 * @see #getPolicyBackground()
	 * @generated
	 */
	void setPolicyBackground(String value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see #setEffect(String)
	 * @see org.synergos.model.SynergosPackage#getEvent_Effect()
	 * @model
	 * @generated
	 */
	String getEffect();

	/**
	 * Sets the value of the '{@link org.synergos.model.Event#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(String value);

	/**
	 * Returns the value of the '<em><b>Constructs</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Construct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constructs</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getEvent_Constructs()
	 * @model
	 * @generated
	 */
	EList<Construct> getConstructs();

	/**
	 * Returns the value of the '<em><b>Indices</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Index}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indices</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getEvent_Indices()
	 * @model
	 * @generated
	 */
	EList<Index> getIndices();

} // Event
