package org.synergos.analysis.pls.core;

import java.util.List;
import java.util.Map;

/**
 * Immutable result of one PLS-SEM estimation ({@link PlsEstimator#estimate}). Matrix layouts follow seminr:
 * construct-by-construct matrices have rows = from (predictor), columns = to; indicator matrices have rows =
 * indicators, columns = constructs.
 *
 * <p>References: PLS algorithm Wold (1982), Lohmöller (1989); PLSc and rhoA Dijkstra &amp; Henseler (2015);
 * HTMT Henseler, Ringle &amp; Sarstedt (2015); HTMT2 Roemer, Schuberth &amp; Henseler (2021).
 */
public final class PlsResult {

    private final PlsResultParts parts;

    PlsResult(PlsResultParts parts) {
        this.parts = parts;
    }

    public PlsModel model() {
        return parts.model();
    }

    public PlsOptions options() {
        return parts.options();
    }

    /** Number of observations used (after missing-data treatment), or the n of a correlation matrix. */
    public int observations() {
        return parts.observations();
    }

    /**
     * True when the model was estimated from a correlation (or covariance) matrix
     * ({@link PlsEstimator#estimateFromCorrelations}), so that nothing that needs the cases is available.
     */
    public boolean fromCorrelations() {
        return parts.rowsUsed() == null;
    }

    /**
     * 0-based indices of the rows of the input data that were used.
     *
     * @throws UnsupportedOperationException for an estimate from a correlation matrix, which has no rows
     */
    public int[] rowsUsed() {
        return needsCases(parts.rowsUsed(), "rows used").clone();
    }

    /** Missing cells replaced by column means (0 under listwise deletion). */
    public int missingCellsReplaced() {
        return parts.missingCellsReplaced();
    }

    /** 0-based index of the weight update at which the stop criterion held (seminr's {@code iterations}). */
    public int iterations() {
        return parts.iterations();
    }

    /** Sum of absolute weight changes of the last update. */
    public double lastWeightChange() {
        return parts.lastChange();
    }

    /** Outer weights scaled to unit construct-score variance (indicators × constructs). */
    public LabeledMatrix outerWeights() {
        return parts.outerWeights();
    }

    /**
     * Outer loadings (indicators × constructs): correlation of each indicator with its construct score, or
     * under PLSc for reflective constructs the consistent loadings {@code ĉ·w}.
     */
    public LabeledMatrix outerLoadings() {
        return parts.outerLoadings();
    }

    /** Correlations of every indicator with every construct score (indicators × constructs). */
    public LabeledMatrix crossLoadings() {
        return parts.crossLoadings();
    }

    /** Path coefficients (from × to; 0 where there is no path). */
    public LabeledMatrix pathCoefficients() {
        return parts.paths();
    }

    /** R² of every endogenous construct, in construct order. */
    public Map<String, Double> rSquared() {
        return parts.rSquared();
    }

    /** Adjusted R² {@code 1 − (1 − R²)(n − 1)/(n − q − 1)} with q predecessors. */
    public Map<String, Double> adjustedRSquared() {
        return parts.adjustedRSquared();
    }

    /** Total effects {@code (I − B)⁻¹ − I} (from × to). */
    public LabeledMatrix totalEffects() {
        return parts.totalEffects();
    }

    /** Total indirect effects: total minus direct (from × to). */
    public LabeledMatrix totalIndirectEffects() {
        return parts.totalIndirectEffects();
    }

    /** Every specific indirect effect (chains of at least two paths). */
    public List<IndirectEffect> specificIndirectEffects() {
        return parts.specificIndirectEffects();
    }

    /**
     * Effect size f² as seminr 2.3.2 defines it: {@code (R²_incl − R²_excl)/(1 − R²_incl)} where R²_excl comes
     * from <em>re-estimating</em> the whole model without the path (weights change). cSEM 0.6.1 instead
     * keeps the construct scores and only drops the predictor from the regression: see
     * {@link #fSquareFixedScores()}. NaN where there is no path or the re-estimation fails.
     */
    public LabeledMatrix fSquare() {
        return parts.fSquare();
    }

    /** f² as cSEM 0.6.1: R²_excl from the same (under PLSc disattenuated) construct correlations. */
    public LabeledMatrix fSquareFixedScores() {
        return parts.fSquareFixedScores();
    }

    public Map<String, ConstructReliability> reliability() {
        return parts.reliability();
    }

    /**
     * HTMT as seminr 2.3.2 (absolute indicator correlations), lower triangle (row = later construct), NaN
     * elsewhere.
     */
    public LabeledMatrix htmt() {
        return parts.htmt();
    }

    /** HTMT from signed indicator correlations (cSEM 0.6.1); same layout as {@link #htmt()}. */
    public LabeledMatrix htmtSigned() {
        return parts.htmtSigned();
    }

    /** HTMT2, geometric-mean version (Roemer, Schuberth &amp; Henseler 2021); same layout as {@link #htmt()}. */
    public LabeledMatrix htmt2() {
        return parts.htmt2();
    }

    /** Fornell–Larcker matrix: √AVE on the diagonal, construct-score correlations below, NaN above. */
    public LabeledMatrix fornellLarcker() {
        return parts.fornellLarcker();
    }

    /** Outer VIF of every indicator within its block, in indicator order. */
    public Map<String, Double> outerVif() {
        return parts.outerVif();
    }

    /**
     * Inner VIF of each predecessor within its dependent's regression (from × to; NaN without path), from the
     * construct-score correlations: SmartPLS and seminr, also under PLSc.
     */
    public LabeledMatrix innerVif() {
        return parts.innerVif();
    }

    /**
     * Inner VIF from the construct correlations the path coefficients were estimated from: under PLSc the
     * disattenuated ones (as cSEM reports it), otherwise the same as {@link #innerVif()}.
     */
    public LabeledMatrix innerVifStructural() {
        return parts.innerVifStructural();
    }

    /**
     * SRMR for the given form of the implied correlation matrix (see {@link SrmrForm}; reference values
     * for ECSI on mobi from cSEM 0.6.1: PLS common-factor 0.13279, PLS composite 0.12360, PLSc 0.06924).
     */
    public double srmr(SrmrForm form) {
        return parts.srmr().get(form);
    }

    /**
     * Standardised construct scores (observations × constructs; row names are 1-based input rows).
     *
     * @throws UnsupportedOperationException for an estimate from a correlation matrix: scores need the cases
     */
    public LabeledMatrix constructScores() {
        return needsCases(parts.constructScores(), "construct scores");
    }

    private static <T> T needsCases(T value, String what) {
        if (value == null) {
            throw new UnsupportedOperationException(what + " need the cases; this result was estimated from a "
                    + "correlation matrix");
        }
        return value;
    }

    /** Correlations of the construct scores. */
    public LabeledMatrix constructCorrelations() {
        return parts.scoreCorrelations();
    }

    /** Construct correlations the structural model is estimated from (PLSc: disattenuated). */
    public LabeledMatrix structuralCorrelations() {
        return parts.structuralCorrelations();
    }

    /**
     * AIC and BIC per endogenous construct from its score regression (seminr {@code it_criteria}):
     * {@code n·ln(SSE/n) + 2(q+1)} and {@code n·ln(SSE/n) + (q+1)·ln n} with SSE = (1 − R²)(n − 1).
     */
    public LabeledMatrix informationCriteria() {
        return parts.informationCriteria();
    }

    /** Problems with the estimates that do not stop them, e.g. perfectly collinear indicators of a block. */
    public List<String> warnings() {
        return List.copyOf(parts.warnings());
    }

    @Override
    public String toString() {
        return "PlsResult[n=" + observations() + ", iterations=" + iterations() + "]\n" + pathCoefficients();
    }
}
