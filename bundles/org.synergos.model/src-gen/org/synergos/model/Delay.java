/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delay</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A first- or third-order material delay (DELAY1, DELAY3) or information delay (SMOOTH, SMOOTH3) of its input equation by delayTime; initialValue (optional) is the initial output.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Delay#getKind <em>Kind</em>}</li>
 *   <li>{@link org.synergos.model.Delay#getInput <em>Input</em>}</li>
 *   <li>{@link org.synergos.model.Delay#getDelayTime <em>Delay Time</em>}</li>
 *   <li>{@link org.synergos.model.Delay#getInitialValue <em>Initial Value</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getDelay()
 * @model
 * @generated
 */
public interface Delay extends SdVariable {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.DelayKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.DelayKind
	 * @see #setKind(DelayKind)
	 * @see org.synergos.model.SynergosPackage#getDelay_Kind()
	 * @model
	 * @generated
	 */
	DelayKind getKind();

	/**
	 * Sets the value of the '{@link org.synergos.model.Delay#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.synergos.model.DelayKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DelayKind value);

	/**
	 * Returns the value of the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input</em>' attribute.
	 * @see #setInput(String)
	 * @see org.synergos.model.SynergosPackage#getDelay_Input()
	 * @model
	 * @generated
	 */
	String getInput();

	/**
	 * Sets the value of the '{@link org.synergos.model.Delay#getInput <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input</em>' attribute.
	 * @see #getInput()
	 * @generated
	 */
	void setInput(String value);

	/**
	 * Returns the value of the '<em><b>Delay Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay Time</em>' attribute.
	 * @see #setDelayTime(String)
	 * @see org.synergos.model.SynergosPackage#getDelay_DelayTime()
	 * @model
	 * @generated
	 */
	String getDelayTime();

	/**
	 * Sets the value of the '{@link org.synergos.model.Delay#getDelayTime <em>Delay Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay Time</em>' attribute.
	 * @see #getDelayTime()
	 * @generated
	 */
	void setDelayTime(String value);

	/**
	 * Returns the value of the '<em><b>Initial Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial Value</em>' attribute.
	 * @see #setInitialValue(String)
	 * @see org.synergos.model.SynergosPackage#getDelay_InitialValue()
	 * @model
	 * @generated
	 */
	String getInitialValue();

	/**
	 * Sets the value of the '{@link org.synergos.model.Delay#getInitialValue <em>Initial Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Value</em>' attribute.
	 * @see #getInitialValue()
	 * @generated
	 */
	void setInitialValue(String value);

} // Delay
