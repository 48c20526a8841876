/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reported Statistic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A statistic as reported by a paper (e.g. beta of H1 = 0.317), for comparison.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.ReportedStatistic#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.synergos.model.ReportedStatistic#getSubjectLabel <em>Subject Label</em>}</li>
 *   <li>{@link org.synergos.model.ReportedStatistic#getStatistic <em>Statistic</em>}</li>
 *   <li>{@link org.synergos.model.ReportedStatistic#getValue <em>Value</em>}</li>
 *   <li>{@link org.synergos.model.ReportedStatistic#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getReportedStatistic()
 * @model
 * @generated
 */
public interface ReportedStatistic extends Identified {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(Identified)
	 * @see org.synergos.model.SynergosPackage#getReportedStatistic_Subject()
	 * @model
	 * @generated
	 */
	Identified getSubject();

	/**
	 * Sets the value of the '{@link org.synergos.model.ReportedStatistic#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Identified value);

	/**
	 * Returns the value of the '<em><b>Subject Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject Label</em>' attribute.
	 * @see #setSubjectLabel(String)
	 * @see org.synergos.model.SynergosPackage#getReportedStatistic_SubjectLabel()
	 * @model
	 * @generated
	 */
	String getSubjectLabel();

	/**
	 * Sets the value of the '{@link org.synergos.model.ReportedStatistic#getSubjectLabel <em>Subject Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Label</em>' attribute.
	 * @see #getSubjectLabel()
	 * @generated
	 */
	void setSubjectLabel(String value);

	/**
	 * Returns the value of the '<em><b>Statistic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statistic</em>' attribute.
	 * @see #setStatistic(String)
	 * @see org.synergos.model.SynergosPackage#getReportedStatistic_Statistic()
	 * @model
	 * @generated
	 */
	String getStatistic();

	/**
	 * Sets the value of the '{@link org.synergos.model.ReportedStatistic#getStatistic <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statistic</em>' attribute.
	 * @see #getStatistic()
	 * @generated
	 */
	void setStatistic(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.synergos.model.SynergosPackage#getReportedStatistic_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.synergos.model.ReportedStatistic#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.synergos.model.SynergosPackage#getReportedStatistic_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.synergos.model.ReportedStatistic#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // ReportedStatistic
