package org.synergos.model.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period as written in event tables: a year, a quarter, a month or a day.
 *
 * <p>Accepted forms: {@code 2023}, {@code Q1 2023}, {@code 2023Q1}, {@code 2023-Q1}, {@code 2023 Q1},
 * {@code 2023-05}, {@code 2023/05}, {@code 2023-05-14}, and Chinese {@code 2023年}, {@code 2023年第一季度}
 * / {@code 2023年第1季度} / {@code 2023年一季度}, {@code 2023年5月}, {@code 2023年5月14日}. Periods sort by
 * start date, then the longer period first, so event sequences can be ordered even when their
 * granularity differs.
 */
public final class Period implements Comparable<Period> {

    /** How long a period is. */
    public enum Granularity {
        YEAR, QUARTER, MONTH, DAY
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER_FIRST = Pattern.compile("Q([1-4])[\\s-]*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_FIRST_QUARTER = Pattern.compile("(\\d{4})[\\s-]*Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern CN_YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern CN_QUARTER = Pattern.compile("(\\d{4})年第?([1-4一二三四])季度");
    private static final Pattern CN_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:份)?");
    private static final Pattern CN_DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]");

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
            .thenComparing(Period::endExclusive, Comparator.reverseOrder());

    private final Granularity granularity;
    private final LocalDate start;

    private Period(Granularity granularity, LocalDate start) {
        this.granularity = granularity;
        this.start = start;
    }

    public static Period ofYear(int year) {
        return new Period(Granularity.YEAR, LocalDate.of(year, 1, 1));
    }

    public static Period ofQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DateTimeException("quarter must be 1..4: " + quarter);
        }
        return new Period(Granularity.QUARTER, LocalDate.of(year, 3 * (quarter - 1) + 1, 1));
    }

    public static Period ofMonth(int year, int month) {
        return new Period(Granularity.MONTH, LocalDate.of(year, month, 1));
    }

    public static Period ofDay(LocalDate day) {
        return new Period(Granularity.DAY, Objects.requireNonNull(day));
    }

    /**
     * Parses a period.
     *
     * @throws PeriodFormatException naming the text and the accepted forms
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PeriodFormatException(String.valueOf(text), "is empty");
        }
        String value = text.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(value)).matches() || (m = CN_YEAR.matcher(value)).matches()) {
                return ofYear(Integer.parseInt(m.group(1)));
            }
            if ((m = QUARTER_FIRST.matcher(value)).matches()) {
                return ofQuarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = YEAR_FIRST_QUARTER.matcher(value)).matches()) {
                return ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = CN_QUARTER.matcher(value)).matches()) {
                return ofQuarter(Integer.parseInt(m.group(1)), chineseDigit(m.group(2)));
            }
            if ((m = MONTH.matcher(value)).matches() || (m = CN_MONTH.matcher(value)).matches()) {
                return ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = DAY.matcher(value)).matches() || (m = CN_DAY.matcher(value)).matches()) {
                return ofDay(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            throw new PeriodFormatException(value, "is not a real date (" + e.getMessage() + ")");
        }
        throw new PeriodFormatException(value, "has an unknown form");
    }

    /** True when {@link #parse} would accept {@code text}. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (PeriodFormatException e) {
            return false;
        }
    }

    private static int chineseDigit(String digit) {
        return switch (digit) {
            case "一" -> 1;
            case "二" -> 2;
            case "三" -> 3;
            case "四" -> 4;
            default -> Integer.parseInt(digit);
        };
    }

    public Granularity granularity() {
        return granularity;
    }

    /** First day of the period. */
    public LocalDate start() {
        return start;
    }

    /** First day after the period. */
    public LocalDate endExclusive() {
        return switch (granularity) {
            case YEAR -> start.plusYears(1);
            case QUARTER -> start.plusMonths(3);
            case MONTH -> start.plusMonths(1);
            case DAY -> start.plusDays(1);
        };
    }

    /** Last day of the period. */
    public LocalDate end() {
        return endExclusive().minusDays(1);
    }

    /** True when {@code date} falls inside this period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive());
    }

    /** Canonical text: {@code 2023}, {@code 2023-Q1}, {@code 2023-05}, {@code 2023-05-14}. */
    @Override
    public String toString() {
        return switch (granularity) {
            case YEAR -> Integer.toString(start.getYear());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
        };
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period period && period.granularity == granularity && period.start.equals(start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(granularity, start);
    }

    /** Examples of the accepted forms, for error messages. */
    public static String acceptedForms() {
        return "2023, Q1 2023, 2023Q1, 2023-Q1, 2023-05, 2023-05-14, 2023年第一季度, 2023年5月, 2023年5月14日";
    }
}
