package org.synergos.analysis.factors.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.Message;
import org.synergos.model.Index;
import org.synergos.model.Observation;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.time.Period;
import org.synergos.model.time.PeriodFormatException;

/**
 * One index of paper A's Table 2: statistics computed from its observations (those of the index's year
 * when both year and observation period are given) beside the reported ones, and a check verdict.
 */
record IndexRow(Index index, Summary computed, Summary reported, String check) {

    static final List<String> STATISTICS = List.of("mean", "sd", "max", "min");

    static IndexRow of(Index index, ReportedValues reportedValues, List<Message> messages) {
        Summary computed = Summary.of(values(index, messages));
        Summary reported = reportedValues.summary(index);
        if (computed.n() == 0 && reported.isEmpty()) {
            messages.add(Message.warning(ElementLabels.of(index) + " has neither observations nor reported "
                    + "statistics", index.getId()));
        }
        return new IndexRow(index, computed, reported, check(computed, reported));
    }

    private static String check(Summary computed, Summary reported) {
        if (computed.n() == 0) {
            return reported.isEmpty() ? "no data" : "as reported";
        }
        if (reported.isEmpty()) {
            return "computed";
        }
        List<String> differing = new ArrayList<>();
        for (String statistic : STATISTICS) {
            double value = reported.get(statistic);
            if (!Double.isNaN(value) && !ReportedValues.agrees(computed.get(statistic), value)) {
                differing.add(statistic);
            }
        }
        return differing.isEmpty() ? "matches" : "differs: " + String.join(", ", differing);
    }

    private static double[] values(Index index, List<Message> messages) {
        List<Double> values = new ArrayList<>();
        int position = 0;
        for (Observation observation : index.getObservations()) {
            position++;
            String where = "index '" + index.getId() + "', observation " + position;
            double value = observation.getValue();
            if (!Double.isFinite(value)) {
                messages.add(Message.warning(ElementLabels.of(index) + ", " + ElementLabels.of(observation)
                        + ": value " + value + " is not a number; left out", index.getId()).at(where));
                continue;
            }
            if (!inYear(index, observation, messages, where)) {
                continue;
            }
            values.add(value);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean inYear(Index index, Observation observation, List<Message> messages, String where) {
        String period = observation.getPeriod();
        if (index.getYear() == null || period == null || period.isBlank()) {
            return true;
        }
        try {
            return Period.parse(period).start().getYear() == index.getYear();
        } catch (PeriodFormatException e) {
            messages.add(Message.warning(ElementLabels.of(index) + ", " + ElementLabels.of(observation) + ": "
                    + e.getMessage() + "; left out", index.getId()).at(where));
            return false;
        }
    }
}
