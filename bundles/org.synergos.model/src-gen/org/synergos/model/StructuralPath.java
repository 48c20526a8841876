/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Structural Path</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A directed structural effect source to target (lavaan ~).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.StructuralPath#getSource <em>Source</em>}</li>
 *   <li>{@link org.synergos.model.StructuralPath#getTarget <em>Target</em>}</li>
 *   <li>{@link org.synergos.model.StructuralPath#getParameterLabel <em>Parameter Label</em>}</li>
 *   <li>{@link org.synergos.model.StructuralPath#getFixedValue <em>Fixed Value</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getStructuralPath()
 * @model
 * @generated
 */
public interface StructuralPath extends Hypothesis {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Construct)
	 * @see org.synergos.model.SynergosPackage#getStructuralPath_Source()
	 * @model
	 * @generated
	 */
	Construct getSource();

	/**
	 * Sets the value of the '{@link org.synergos.model.StructuralPath#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Construct value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Construct)
	 * @see org.synergos.model.SynergosPackage#getStructuralPath_Target()
	 * @model
	 * @generated
	 */
	Construct getTarget();

	/**
	 * Sets the value of the '{@link org.synergos.model.StructuralPath#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Construct value);

	/**
	 * Returns the value of the '<em><b>Parameter Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter Label</em>' attribute.
	 * @see #setParameterLabel(String)
	 * @see org.synergos.model.SynergosPackage#getStructuralPath_ParameterLabel()
	 * @model
	 * @generated
	 */
	String getParameterLabel();

	/**
	 * Sets the value of the '{@link org.synergos.model.StructuralPath#getParameterLabel <em>Parameter Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter Label</em>' attribute.
	 * @see #getParameterLabel()
	 * @generated
	 */
	void setParameterLabel(String value);

	/**
	 * Returns the value of the '<em><b>Fixed Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed Value</em>' attribute.
	 * @see #setFixedValue(Double)
	 * @see org.synergos.model.SynergosPackage#getStructuralPath_FixedValue()
	 * @model
	 * @generated
	 */
	Double getFixedValue();

	/**
	 * Sets the value of the '{@link org.synergos.model.StructuralPath#getFixedValue <em>Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Value</em>' attribute.
	 * @see #getFixedValue()
	 * @generated
	 */
	void setFixedValue(Double value);

} // StructuralPath
