package org.synergos.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "Q1 2023, 2023-Q1, 2023-01-01, 2023-03-31",
        "2023Q1, 2023-Q1, 2023-01-01, 2023-03-31",
        "2023-Q3, 2023-Q3, 2023-07-01, 2023-09-30",
        "q4 2023, 2023-Q4, 2023-10-01, 2023-12-31",
        "2023-05, 2023-05, 2023-05-01, 2023-05-31",
        "2024/02, 2024-02, 2024-02-01, 2024-02-29",
        "2023-05-14, 2023-05-14, 2023-05-14, 2023-05-14",
        "2023, 2023, 2023-01-01, 2023-12-31",
        "2023年第一季度, 2023-Q1, 2023-01-01, 2023-03-31",
        "2023年第3季度, 2023-Q3, 2023-07-01, 2023-09-30",
        "2023年5月, 2023-05, 2023-05-01, 2023-05-31",
        "2023年5月14日, 2023-05-14, 2023-05-14, 2023-05-14",
        "2023年, 2023, 2023-01-01, 2023-12-31",
    })
    void parsesTheFormsUsedInEventTables(String text, String canonical, LocalDate start, LocalDate end) {
        Period period = Period.parse(text);
        assertEquals(canonical, period.toString());
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(period, Period.parse(canonical), "canonical form parses to the same period");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q5 2023", "2023-13", "2023-02-30", "spring 2023", "", "23", "2023-Q0"})
    void rejectsWhatIsNotAPeriod(String text) {
        PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> Period.parse(text));
        assertTrue(e.getMessage().contains("'" + text.strip() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("Q1 2023"), "message lists accepted forms: " + e.getMessage());
        assertFalse(Period.isValid(text));
    }

    @Test
    void ordersByStartThenLongerFirst() {
        List<Period> periods = new ArrayList<>(List.of(Period.parse("2023-05-14"), Period.parse("Q2 2023"),
                Period.parse("2023"), Period.parse("2023-04"), Period.parse("Q1 2023")));
        Collections.sort(periods);
        assertEquals("[2023, 2023-Q1, 2023-Q2, 2023-04, 2023-05-14]", periods.toString());
    }

    @Test
    void containsDays() {
        assertTrue(Period.parse("Q2 2023").contains(LocalDate.of(2023, 6, 30)));
        assertFalse(Period.parse("Q2 2023").contains(LocalDate.of(2023, 7, 1)));
    }
}
