/**
 */
package org.synergos.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.synergos.model.ImplementationPathMap;
import org.synergos.model.PathStage;
import org.synergos.model.SynergosPackage;
import org.synergos.model.Transition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Implementation Path Map</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.ImplementationPathMapImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.synergos.model.impl.ImplementationPathMapImpl#getTransitions <em>Transitions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImplementationPathMapImpl extends NamedImpl implements ImplementationPathMap {
	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<PathStage> stages;

	/**
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Transition> transitions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImplementationPathMapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.IMPLEMENTATION_PATH_MAP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PathStage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<PathStage>(PathStage.class, this, SynergosPackage.IMPLEMENTATION_PATH_MAP__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Transition> getTransitions() {
		if (transitions == null) {
			transitions = new EObjectContainmentEList<Transition>(Transition.class, this, SynergosPackage.IMPLEMENTATION_PATH_MAP__TRANSITIONS);
		}
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__TRANSITIONS:
				return ((InternalEList<?>)getTransitions()).basicRemove(otherEnd, msgs);
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
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__STAGES:
				return getStages();
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__TRANSITIONS:
				return getTransitions();
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
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends PathStage>)newValue);
				return;
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__TRANSITIONS:
				getTransitions().clear();
				getTransitions().addAll((Collection<? extends Transition>)newValue);
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
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__STAGES:
				getStages().clear();
				return;
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__TRANSITIONS:
				getTransitions().clear();
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
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__STAGES:
				return stages != null && !stages.isEmpty();
			case SynergosPackage.IMPLEMENTATION_PATH_MAP__TRANSITIONS:
				return transitions != null && !transitions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ImplementationPathMapImpl
