/**
 */
package org.synergos.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.synergos.model.Actor;
import org.synergos.model.Construct;
import org.synergos.model.Event;
import org.synergos.model.Index;
import org.synergos.model.SynergosPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.EventImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.synergos.model.impl.EventImpl#getEventType <em>Event Type</em>}</li>
 *   <li>{@link org.synergos.model.impl.EventImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.synergos.model.impl.EventImpl#getParticipantLabels <em>Participant Labels</em>}</li>
 *   <li>{@link org.synergos.model.impl.EventImpl#getPolicyBackground <em>Policy Background</em>}</li>
 *   <li>{@link org.synergos.model.impl.EventImpl#getEffect <em>Effect</em>}</li>
 *   <li>{@link org.synergos.model.impl.EventImpl#getConstructs <em>Constructs</em>}</li>
 *   <li>{@link org.synergos.model.impl.EventImpl#getIndices <em>Indices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EventImpl extends NamedImpl implements Event {
	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventType() <em>Event Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventType()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventType() <em>Event Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventType()
	 * @generated
	 * @ordered
	 */
	protected String eventType = EVENT_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> participants;

	/**
	 * The cached value of the '{@link #getParticipantLabels() <em>Participant Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipantLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> participantLabels;

	/**
	 * The default value of the '{@link #getPolicyBackground() <em>Policy Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyBackground()
	 * @generated
	 * @ordered
	 */
	protected static final String POLICY_BACKGROUND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPolicyBackground() <em>Policy Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyBackground()
	 * @generated
	 * @ordered
	 */
	protected String policyBackground = POLICY_BACKGROUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffect() <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffect()
	 * @generated
	 * @ordered
	 */
	protected static final String EFFECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffect() <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffect()
	 * @generated
	 * @ordered
	 */
	protected String effect = EFFECT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConstructs() <em>Constructs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstructs()
	 * @generated
	 * @ordered
	 */
	protected EList<Construct> constructs;

	/**
	 * The cached value of the '{@link #getIndices() <em>Indices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndices()
	 * @generated
	 * @ordered
	 */
	protected EList<Index> indices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.EVENT__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEventType() {
		return eventType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventType(String newEventType) {
		String oldEventType = eventType;
		eventType = newEventType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.EVENT__EVENT_TYPE, oldEventType, eventType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getParticipants() {
		if (participants == null) {
			participants = new EObjectResolvingEList<Actor>(Actor.class, this, SynergosPackage.EVENT__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getParticipantLabels() {
		if (participantLabels == null) {
			participantLabels = new EDataTypeUniqueEList<String>(String.class, this, SynergosPackage.EVENT__PARTICIPANT_LABELS);
		}
		return participantLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPolicyBackground() {
		return policyBackground;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicyBackground(String newPolicyBackground) {
		String oldPolicyBackground = policyBackground;
		policyBackground = newPolicyBackground;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.EVENT__POLICY_BACKGROUND, oldPolicyBackground, policyBackground));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEffect() {
		return effect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffect(String newEffect) {
		String oldEffect = effect;
		effect = newEffect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.EVENT__EFFECT, oldEffect, effect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Construct> getConstructs() {
		if (constructs == null) {
			constructs = new EObjectResolvingEList<Construct>(Construct.class, this, SynergosPackage.EVENT__CONSTRUCTS);
		}
		return constructs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Index> getIndices() {
		if (indices == null) {
			indices = new EObjectResolvingEList<Index>(Index.class, this, SynergosPackage.EVENT__INDICES);
		}
		return indices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SynergosPackage.EVENT__PERIOD:
				return getPeriod();
			case SynergosPackage.EVENT__EVENT_TYPE:
				return getEventType();
			case SynergosPackage.EVENT__PARTICIPANTS:
				return getParticipants();
			case SynergosPackage.EVENT__PARTICIPANT_LABELS:
				return getParticipantLabels();
			case SynergosPackage.EVENT__POLICY_BACKGROUND:
				return getPolicyBackground();
			case SynergosPackage.EVENT__EFFECT:
				return getEffect();
			case SynergosPackage.EVENT__CONSTRUCTS:
				return getConstructs();
			case SynergosPackage.EVENT__INDICES:
				return getIndices();
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
			case SynergosPackage.EVENT__PERIOD:
				setPeriod((String)newValue);
				return;
			case SynergosPackage.EVENT__EVENT_TYPE:
				setEventType((String)newValue);
				return;
			case SynergosPackage.EVENT__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Actor>)newValue);
				return;
			case SynergosPackage.EVENT__PARTICIPANT_LABELS:
				getParticipantLabels().clear();
				getParticipantLabels().addAll((Collection<? extends String>)newValue);
				return;
			case SynergosPackage.EVENT__POLICY_BACKGROUND:
				setPolicyBackground((String)newValue);
				return;
			case SynergosPackage.EVENT__EFFECT:
				setEffect((String)newValue);
				return;
			case SynergosPackage.EVENT__CONSTRUCTS:
				getConstructs().clear();
				getConstructs().addAll((Collection<? extends Construct>)newValue);
				return;
			case SynergosPackage.EVENT__INDICES:
				getIndices().clear();
				getIndices().addAll((Collection<? extends Index>)newValue);
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
			case SynergosPackage.EVENT__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case SynergosPackage.EVENT__EVENT_TYPE:
				setEventType(EVENT_TYPE_EDEFAULT);
				return;
			case SynergosPackage.EVENT__PARTICIPANTS:
				getParticipants().clear();
				return;
			case SynergosPackage.EVENT__PARTICIPANT_LABELS:
				getParticipantLabels().clear();
				return;
			case SynergosPackage.EVENT__POLICY_BACKGROUND:
				setPolicyBackground(POLICY_BACKGROUND_EDEFAULT);
				return;
			case SynergosPackage.EVENT__EFFECT:
				setEffect(EFFECT_EDEFAULT);
				return;
			case SynergosPackage.EVENT__CONSTRUCTS:
				getConstructs().clear();
				return;
			case SynergosPackage.EVENT__INDICES:
				getIndices().clear();
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
			case SynergosPackage.EVENT__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case SynergosPackage.EVENT__EVENT_TYPE:
				return EVENT_TYPE_EDEFAULT == null ? eventType != null : !EVENT_TYPE_EDEFAULT.equals(eventType);
			case SynergosPackage.EVENT__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case SynergosPackage.EVENT__PARTICIPANT_LABELS:
				return participantLabels != null && !participantLabels.isEmpty();
			case SynergosPackage.EVENT__POLICY_BACKGROUND:
				return POLICY_BACKGROUND_EDEFAULT == null ? policyBackground != null : !POLICY_BACKGROUND_EDEFAULT.equals(policyBackground);
			case SynergosPackage.EVENT__EFFECT:
				return EFFECT_EDEFAULT == null ? effect != null : !EFFECT_EDEFAULT.equals(effect);
			case SynergosPackage.EVENT__CONSTRUCTS:
				return constructs != null && !constructs.isEmpty();
			case SynergosPackage.EVENT__INDICES:
				return indices != null && !indices.isEmpty();
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
		result.append(" (period: ");
		result.append(period);
		result.append(", eventType: ");
		result.append(eventType);
		result.append(", participantLabels: ");
		result.append(participantLabels);
		result.append(", policyBackground: ");
		result.append(policyBackground);
		result.append(", effect: ");
		result.append(effect);
		result.append(')');
		return result.toString();
	}

} //EventImpl
