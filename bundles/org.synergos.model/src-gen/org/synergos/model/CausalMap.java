/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Causal Map</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Causality path map (paper A): stages linked by causal links.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.CausalMap#getStages <em>Stages</em>}</li>
 *   <li>{@link org.synergos.model.CausalMap#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getCausalMap()
 * @model
 * @generated
 */
public interface CausalMap extends Named {
	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.CausalStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getCausalMap_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<CausalStage> getStages();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.CausalLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getCausalMap_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<CausalLink> getLinks();

} // CausalMap
