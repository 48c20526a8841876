package org.synergos.analysis.pls.core;

import java.util.List;
import java.util.Map;

/**
 * The values of a {@link PlsResult}; package-private carrier filled by {@link ResultAssembler}.
 * {@code rowsUsed} and {@code constructScores} are null for an estimate from a correlation matrix.
 */
record PlsResultParts(PlsModel model, PlsOptions options, int observations, int[] rowsUsed, int missingCellsReplaced, int iterations,
        double lastChange, LabeledMatrix outerWeights, LabeledMatrix outerLoadings, LabeledMatrix crossLoadings,
        LabeledMatrix paths, Map<String, Double> rSquared, Map<String, Double> adjustedRSquared,
        LabeledMatrix totalEffects, LabeledMatrix totalIndirectEffects, List<IndirectEffect> specificIndirectEffects,
        LabeledMatrix fSquare, LabeledMatrix fSquareFixedScores, Map<String, ConstructReliability> reliability,
        LabeledMatrix htmt, LabeledMatrix htmtSigned, LabeledMatrix htmt2, LabeledMatrix fornellLarcker,
        Map<String, Double> outerVif, LabeledMatrix innerVif, LabeledMatrix innerVifStructural,
        Map<SrmrForm, Double> srmr,
        LabeledMatrix constructScores, LabeledMatrix scoreCorrelations, LabeledMatrix structuralCorrelations,
        LabeledMatrix informationCriteria, List<String> warnings) {
}
