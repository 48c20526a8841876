/**
 */
package org.synergos.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Indicator;
import org.synergos.model.SynergosPackage;
import org.synergos.model.Weighting;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Construct</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.synergos.model.impl.ConstructImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.synergos.model.impl.ConstructImpl#getWeighting <em>Weighting</em>}</li>
 *   <li>{@link org.synergos.model.impl.ConstructImpl#getDimensionCategory <em>Dimension Category</em>}</li>
 *   <li>{@link org.synergos.model.impl.ConstructImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.synergos.model.impl.ConstructImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConstructImpl extends VariableImpl implements Construct {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ConstructMode MODE_EDEFAULT = ConstructMode.REFLECTIVE;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ConstructMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeighting() <em>Weighting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeighting()
	 * @generated
	 * @ordered
	 */
	protected static final Weighting WEIGHTING_EDEFAULT = Weighting.DEFAULT;

	/**
	 * The cached value of the '{@link #getWeighting() <em>Weighting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeighting()
	 * @generated
	 * @ordered
	 */
	protected Weighting weighting = WEIGHTING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDimensionCategory() <em>Dimension Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensionCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String DIMENSION_CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDimensionCategory() <em>Dimension Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensionCategory()
	 * @generated
	 * @ordered
	 */
	protected String dimensionCategory = DIMENSION_CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<Construct> dimensions;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConstructImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SynergosPackage.Literals.CONSTRUCT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConstructMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ConstructMode newMode) {
		ConstructMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.CONSTRUCT__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Weighting getWeighting() {
		return weighting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeighting(Weighting newWeighting) {
		Weighting oldWeighting = weighting;
		weighting = newWeighting == null ? WEIGHTING_EDEFAULT : newWeighting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.CONSTRUCT__WEIGHTING, oldWeighting, weighting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDimensionCategory() {
		return dimensionCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimensionCategory(String newDimensionCategory) {
		String oldDimensionCategory = dimensionCategory;
		dimensionCategory = newDimensionCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SynergosPackage.CONSTRUCT__DIMENSION_CATEGORY, oldDimensionCategory, dimensionCategory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Construct> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectResolvingEList<Construct>(Construct.class, this, SynergosPackage.CONSTRUCT__DIMENSIONS);
		}
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, SynergosPackage.CONSTRUCT__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SynergosPackage.CONSTRUCT__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
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
			case SynergosPackage.CONSTRUCT__MODE:
				return getMode();
			case SynergosPackage.CONSTRUCT__WEIGHTING:
				return getWeighting();
			case SynergosPackage.CONSTRUCT__DIMENSION_CATEGORY:
				return getDimensionCategory();
			case SynergosPackage.CONSTRUCT__DIMENSIONS:
				return getDimensions();
			case SynergosPackage.CONSTRUCT__INDICATORS:
				return getIndicators();
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
			case SynergosPackage.CONSTRUCT__MODE:
				setMode((ConstructMode)newValue);
				return;
			case SynergosPackage.CONSTRUCT__WEIGHTING:
				setWeighting((Weighting)newValue);
				return;
			case SynergosPackage.CONSTRUCT__DIMENSION_CATEGORY:
				setDimensionCategory((String)newValue);
				return;
			case SynergosPackage.CONSTRUCT__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends Construct>)newValue);
				return;
			case SynergosPackage.CONSTRUCT__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
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
			case SynergosPackage.CONSTRUCT__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case SynergosPackage.CONSTRUCT__WEIGHTING:
				setWeighting(WEIGHTING_EDEFAULT);
				return;
			case SynergosPackage.CONSTRUCT__DIMENSION_CATEGORY:
				setDimensionCategory(DIMENSION_CATEGORY_EDEFAULT);
				return;
			case SynergosPackage.CONSTRUCT__DIMENSIONS:
				getDimensions().clear();
				return;
			case SynergosPackage.CONSTRUCT__INDICATORS:
				getIndicators().clear();
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
			case SynergosPackage.CONSTRUCT__MODE:
				return mode != MODE_EDEFAULT;
			case SynergosPackage.CONSTRUCT__WEIGHTING:
				return weighting != WEIGHTING_EDEFAULT;
			case SynergosPackage.CONSTRUCT__DIMENSION_CATEGORY:
				return DIMENSION_CATEGORY_EDEFAULT == null ? dimensionCategory != null : !DIMENSION_CATEGORY_EDEFAULT.equals(dimensionCategory);
			case SynergosPackage.CONSTRUCT__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case SynergosPackage.CONSTRUCT__INDICATORS:
				return indicators != null && !indicators.isEmpty();
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", weighting: ");
		result.append(weighting);
		result.append(", dimensionCategory: ");
		result.append(dimensionCategory);
		result.append(')');
		return result.toString();
	}

} //ConstructImpl
