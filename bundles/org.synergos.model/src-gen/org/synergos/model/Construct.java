/**
 */
package org.synergos.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Construct</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A latent construct; higher-order when it has dimensions (lower-order constructs).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.Construct#getMode <em>Mode</em>}</li>
 *   <li>{@link org.synergos.model.Construct#getWeighting <em>Weighting</em>}</li>
 *   <li>{@link org.synergos.model.Construct#getDimensionCategory <em>Dimension Category</em>}</li>
 *   <li>{@link org.synergos.model.Construct#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.synergos.model.Construct#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getConstruct()
 * @model
 * @generated
 */
public interface Construct extends Variable {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.ConstructMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.synergos.model.ConstructMode
	 * @see #setMode(ConstructMode)
	 * @see org.synergos.model.SynergosPackage#getConstruct_Mode()
	 * @model
	 * @generated
	 */
	ConstructMode getMode();

	/**
	 * Sets the value of the '{@link org.synergos.model.Construct#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.synergos.model.ConstructMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ConstructMode value);

	/**
	 * Returns the value of the '<em><b>Weighting</b></em>' attribute.
	 * The literals are from the enumeration {@link org.synergos.model.Weighting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weighting</em>' attribute.
	 * @see org.synergos.model.Weighting
	 * @see #setWeighting(Weighting)
	 * @see org.synergos.model.SynergosPackage#getConstruct_Weighting()
	 * @model
	 * @generated
	 */
	Weighting getWeighting();

	/**
	 * Sets the value of the '{@link org.synergos.model.Construct#getWeighting <em>Weighting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weighting</em>' attribute.
	 * @see org.synergos.model.Weighting
	 * @see #getWeighting()
	 * @generated
	 */
	void setWeighting(Weighting value);

	/**
	 * Returns the value of the '<em><b>Dimension Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension Category</em>' attribute.
	 * @see #setDimensionCategory(String)
	 * @see org.synergos.model.SynergosPackage#getConstruct_DimensionCategory()
	 * @model
	 * @generated
	 */
	String getDimensionCategory();

	/**
	 * Sets the value of the '{@link org.synergos.model.Construct#getDimensionCategory <em>Dimension Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension Category</em>' attribute.
	 * @see #getDimensionCategory()
	 * @generated
	 */
	void setDimensionCategory(String value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' reference list.
	 * The list contents are of type {@link org.synergos.model.Construct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' reference list.
	 * @see org.synergos.model.SynergosPackage#getConstruct_Dimensions()
	 * @model
	 * @generated
	 */
	EList<Construct> getDimensions();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.synergos.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.synergos.model.SynergosPackage#getConstruct_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Construct
