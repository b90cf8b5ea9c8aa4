package coop.maillage.network;

import java.time.LocalDate;

/**
 * The period during which a node exists or a tie is active, both ends included.
 *
 * @param from first day, or {@code null} for "since always"
 * @param to last day, or {@code null} for "still open"
 */
public record Interval(LocalDate from, LocalDate to) {

    /** The interval of undated things: active in every year. */
    public static final Interval ALWAYS = new Interval(null, null);

    public Interval {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "interval ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * The interval from 1 January of {@code fromYear} to 31 December of {@code toYear}; a null year
     * leaves that end open.
     */
    public static Interval ofYears(Integer fromYear, Integer toYear) {
        return new Interval(
                fromYear == null ? null : LocalDate.of(fromYear, 1, 1),
                toYear == null ? null : LocalDate.of(toYear, 12, 31));
    }

    /** Whether the interval overlaps the calendar year {@code year}. */
    public boolean activeIn(int year) {
        return startedBy(year) && (to == null || to.getYear() >= year);
    }

    /** Whether the interval starts in {@code year} or earlier (undated starts count as started). */
    public boolean startedBy(int year) {
        return from == null || from.getYear() <= year;
    }
}
