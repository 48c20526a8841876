/**
 */
package org.synergos.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Summary Statistics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Summary statistics of an index as reported (mean, SD, max, min).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.SummaryStatistics#getMean <em>Mean</em>}</li>
 *   <li>{@link org.synergos.model.SummaryStatistics#getSd <em>Sd</em>}</li>
 *   <li>{@link org.synergos.model.SummaryStatistics#getMax <em>Max</em>}</li>
 *   <li>{@link org.synergos.model.SummaryStatistics#getMin <em>Min</em>}</li>
 *   <li>{@link org.synergos.model.SummaryStatistics#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getSummaryStatistics()
 * @model
 * @generated
 */
public interface SummaryStatistics extends EObject {
	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(Double)
	 * @see org.synergos.model.SynergosPackage#getSummaryStatistics_Mean()
	 * @model
	 * @generated
	 */
	Double getMean();

	/**
	 * Sets the value of the '{@link org.synergos.model.SummaryStatistics#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(Double value);

	/**
	 * Returns the value of the '<em><b>Sd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sd</em>' attribute.
	 * @see #setSd(Double)
	 * @see org.synergos.model.SynergosPackage#getSummaryStatistics_Sd()
	 * @model
	 * @generated
	 */
	Double getSd();

	/**
	 * Sets the value of the '{@link org.synergos.model.SummaryStatistics#getSd <em>Sd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sd</em>' attribute.
	 * @see #getSd()
	 * @generated
	 */
	void setSd(Double value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(Double)
	 * @see org.synergos.model.SynergosPackage#getSummaryStatistics_Max()
	 * @model
	 * @generated
	 */
	Double getMax();

	/**
	 * Sets the value of the '{@link org.synergos.model.SummaryStatistics#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(Double value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(Double)
	 * @see org.synergos.model.SynergosPackage#getSummaryStatistics_Min()
	 * @model
	 * @generated
	 */
	Double getMin();

	/**
	 * Sets the value of the '{@link org.synergos.model.SummaryStatistics#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(Double value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(Integer)
	 * @see org.synergos.model.SynergosPackage#getSummaryStatistics_Count()
	 * @model
	 * @generated
	 */
	Integer getCount();

	/**
	 * Sets the value of the '{@link org.synergos.model.SummaryStatistics#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(Integer value);

} // SummaryStatistics
