/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Path Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of an implementation path map.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.PathStage#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getPathStage()
 * @model
 * @generated
 */
public interface PathStage extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.PathStageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.PathStageKind
	 * @see #setKind(PathStageKind)
	 * @see org.synergos.model.SynergosPackage#getPathStage_Kind()
	 * @model
	 * @generated
	 */
	PathStageKind getKind();

	/**
	 * Sets the value of the '{@link org.synergos.model.PathStage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.PathStageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PathStageKind value);

} // PathStage
