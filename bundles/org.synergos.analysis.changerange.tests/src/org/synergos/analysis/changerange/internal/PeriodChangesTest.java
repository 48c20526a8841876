package org.synergos.analysis.changerange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergos.analysis.changerange.internal.ChangeRangeEngineTest.hasMessage;
import static org.synergos.analysis.changerange.internal.ChangeRangeEngineTest.run;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.model.Framework;
import org.synergos.model.Index;
import org.synergos.model.IndexDirection;
import org.synergos.model.Observation;
import org.synergos.model.ObservationPhase;
import org.synergos.model.SynergosFactory;
import org.synergos.model.helpers.Elements;

/** Period-to-period changes, arc elasticities and bad data on hand-made models (values derived by hand). */
class PeriodChangesTest {

    @Test
    void periodsAreOrderedByStartAcrossGranularities() throws Exception {
        Framework framework = Elements.framework("periods");
        Index x = index(framework, "index.x", IndexDirection.HIGHER_IS_BETTER);
        // written out of order and in mixed granularity: 2023-05 (May) comes after Q1 2023 (January)
        observe(x, "2023-05", 150, ObservationPhase.NONE);
        observe(x, "Q1 2023", 100, ObservationPhase.NONE);
        observe(x, "2023-Q3", 150, ObservationPhase.NONE);
        ResultTable table = run(framework, Map.of()).table("period-changes").orElseThrow();
        assertEquals(2, table.rows().size());
        assertEquals(List.of("2023-Q1", "2023-05"), table.rows().get(0).subList(3, 5));
        assertEquals(50.0, ((Number) table.rows().get(0).get(table.columnIndex("change-percent"))).doubleValue(), 1e-12);
        assertEquals("unchanged", table.rows().get(1).get(table.columnIndex("improved")));
    }

    @Test
    void arcElasticityOverPeriods() throws Exception {
        Framework framework = Elements.framework("elasticity");
        Index x = index(framework, "index.x", IndexDirection.HIGHER_IS_BETTER);
        Index y = index(framework, "index.y", IndexDirection.HIGHER_IS_BETTER);
        observe(x, "2021", 100, ObservationPhase.NONE);
        observe(x, "2022", 150, ObservationPhase.NONE);
        observe(x, "2023", 150, ObservationPhase.NONE);
        observe(y, "2021", 10, ObservationPhase.NONE);
        observe(y, "2022", 20, ObservationPhase.NONE);
        observe(y, "2023", 30, ObservationPhase.NONE);
        AnalysisResult result = run(framework, Map.of("elasticity-of", "index.x"));
        ResultTable table = result.table("elasticities").orElseThrow();
        // 2021 -> 2022: (10 / 15) / (50 / 125) = 0.6667 / 0.4 = 5/3
        assertEquals(5.0 / 3, ((Number) table.rows().get(0).get(table.columnIndex("elasticity"))).doubleValue(), 1e-12);
        // 2022 -> 2023: X does not change: undefined, reported, no crash
        assertNull(table.rows().get(1).get(table.columnIndex("elasticity")));
        assertTrue(hasMessage(result, Severity.WARNING, "index.x", "does not change from 2022 to 2023"));
    }

    @Test
    void badDataBecomesMessagesNamingIndexAndObservation() throws Exception {
        Framework framework = Elements.framework("bad");
        Index zero = index(framework, "index.zero", IndexDirection.LOWER_IS_BETTER);
        observe(zero, null, 0, ObservationPhase.BEFORE);
        observe(zero, null, 5, ObservationPhase.AFTER);
        Index lonely = index(framework, "index.lonely", IndexDirection.HIGHER_IS_BETTER);
        observe(lonely, null, 3, ObservationPhase.BEFORE);
        Index nan = index(framework, "index.nan", IndexDirection.HIGHER_IS_BETTER);
        observe(nan, null, Double.NaN, ObservationPhase.BEFORE);
        observe(nan, null, 4, ObservationPhase.AFTER);
        Index badPeriod = index(framework, "index.period", IndexDirection.HIGHER_IS_BETTER);
        observe(badPeriod, "spring 2023", 1, ObservationPhase.NONE);
        observe(badPeriod, "2024", 2, ObservationPhase.NONE);
        AnalysisResult result = run(framework, Map.of("elasticity-of", "index.missing"));
        ResultTable table = result.table("change-range").orElseThrow();
        assertEquals(1, table.rows().size(), "only index.zero has a usable pair");
        assertNull(table.rows().get(0).get(table.columnIndex("change-percent")), "division by zero leaves it empty");
        assertEquals("worsened", table.rows().get(0).get(table.columnIndex("improved")), "0 -> 5, lower is better");
        assertTrue(hasMessage(result, Severity.WARNING, "index.zero", "division by zero"));
        assertTrue(hasMessage(result, Severity.WARNING, "index.lonely", "no AFTER partner"));
        assertTrue(hasMessage(result, Severity.WARNING, "index.nan", "is not a number"));
        assertTrue(hasMessage(result, Severity.WARNING, "index.period", "period 'spring 2023'"));
        assertTrue(hasMessage(result, Severity.ERROR, "index.missing", "not in the model"));
        assertTrue(result.isCompleted());
    }

    static Index index(Framework framework, String id, IndexDirection direction) {
        Index index = SynergosFactory.eINSTANCE.createIndex();
        index.setId(id);
        index.setName(id);
        index.setDirection(direction);
        framework.getIndices().add(index);
        return index;
    }

    static void observe(Index index, String period, double value, ObservationPhase phase) {
        Observation observation = SynergosFactory.eINSTANCE.createObservation();
        observation.setPeriod(period);
        observation.setValue(value);
        observation.setPhase(phase);
        observation.setUnit("case A");
        index.getObservations().add(observation);
    }
}
