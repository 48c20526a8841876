/**
 */
package org.synergos.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Moderation Hypothesis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The moderator changes the effect of the predictor on the target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.ModerationHypothesis#getPredictor <em>Predictor</em>}</li>
 *   <li>{@link org.synergos.model.ModerationHypothesis#getModerator <em>Moderator</em>}</li>
 *   <li>{@link org.synergos.model.ModerationHypothesis#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.synergos.model.SynergosPackage#getModerationHypothesis()
 * @model
 * @generated
 */
public interface ModerationHypothesis extends Hypothesis {
	/**
	 * Returns the value of the '<em><b>Predictor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predictor</em>' reference.
	 * @see #setPredictor(Construct)
	 * @see org.synergos.model.SynergosPackage#getModerationHypothesis_Predictor()
	 * @model
	 * @generated
	 */
	Construct getPredictor();

	/**
	 * Sets the value of the '{@link org.synergos.model.ModerationHypothesis#getPredictor <em>Predictor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predictor</em>' reference.
	 * @see #getPredictor()
	 * @generated
	 */
	void setPredictor(Construct value);

	/**
	 * Returns the value of the '<em><b>Moderator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moderator</em>' reference.
	 * @see #setModerator(Construct)
	 * @see org.synergos.model.SynergosPackage#getModerationHypothesis_Moderator()
	 * @model
	 * @generated
	 */
	Construct getModerator();

	/**
	 * Sets the value of the '{@link org.synergos.model.ModerationHypothesis#getModerator <em>Moderator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moderator</em>' reference.
	 * @see #getModerator()
	 * @generated
	 */
	void setModerator(Construct value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Construct)
	 * @see org.synergos.model.SynergosPackage#getModerationHypothesis_Target()
	 * @model
	 * @generated
	 */
	Construct getTarget();

	/**
	 * Sets the value of the '{@link org.synergos.model.ModerationHypothesis#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Construct value);

} // ModerationHypothesis
