package org.synergos.model.internal.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.synergos.model.Collaboration;
import org.synergos.model.Event;
import org.synergos.model.Framework;
import org.synergos.model.Index;
import org.synergos.model.IndexDirection;
import org.synergos.model.Observation;
import org.synergos.model.ObservationPhase;
import org.synergos.model.RevenueShare;
import org.synergos.model.time.Period;
import org.synergos.model.time.PeriodFormatException;
import org.synergos.model.validation.ValidationRule;

/**
 * Rules on the study context: actors and collaborations, events and indices (the inputs of the
 * event-sequence and change-range analyses).
 */
final class ContextRules {

    private ContextRules() {
    }

    static void check(Framework framework, Findings findings) {
        framework.getCollaborations().forEach(c -> checkCollaboration(c, findings));
        framework.getEvents().forEach(e -> checkEvent(e, findings));
        framework.getIndices().forEach(i -> checkIndex(i, findings));
    }

    private static void checkCollaboration(Collaboration collaboration, Findings findings) {
        if (collaboration.getSource() != null && collaboration.getSource() == collaboration.getTarget()) {
            findings.report(ValidationRule.COLLABORATION_SELF, collaboration,
                    "connects actor '" + collaboration.getSource().getName() + "' with itself",
                    "choose a different target actor");
        }
        if (!collaboration.getRevenueShares().isEmpty()) {
            double sum = collaboration.getRevenueShares().stream().mapToDouble(RevenueShare::getPercent).sum();
            if (Math.abs(sum - 100.0) > 1e-9) {
                findings.report(ValidationRule.REVENUE_SHARES_SUM, collaboration,
                        "revenue shares add up to " + format(sum) + "% instead of 100%",
                        "adjust the percentages so that they sum to 100");
            }
        }
    }

    private static void checkEvent(Event event, Findings findings) {
        try {
            Period.parse(event.getPeriod());
        } catch (PeriodFormatException e) {
            findings.report(ValidationRule.EVENT_PERIOD_INVALID, event, e.getMessage(),
                    "write the period as a year, quarter, month or day");
        }
    }

    private static void checkIndex(Index index, Findings findings) {
        if (index.getDirection() == IndexDirection.UNSPECIFIED) {
            findings.report(ValidationRule.INDEX_DIRECTION_UNSET, index,
                    "does not say whether higher values are better",
                    "set the direction to HIGHER_IS_BETTER or LOWER_IS_BETTER");
        }
        Map<String, int[]> phases = new LinkedHashMap<>();
        for (Observation observation : index.getObservations()) {
            if (observation.getPhase() == ObservationPhase.NONE) {
                continue;
            }
            int[] counts = phases.computeIfAbsent(String.valueOf(observation.getUnit()), k -> new int[2]);
            counts[observation.getPhase() == ObservationPhase.BEFORE ? 0 : 1]++;
        }
        phases.forEach((unit, counts) -> {
            if (counts[0] != counts[1]) {
                findings.report(ValidationRule.OBSERVATIONS_UNPAIRED, index,
                        "unit '" + unit + "' has " + counts[0] + " BEFORE and " + counts[1] + " AFTER observations",
                        "give every unit one AFTER observation per BEFORE observation");
            }
        });
    }

    private static String format(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
