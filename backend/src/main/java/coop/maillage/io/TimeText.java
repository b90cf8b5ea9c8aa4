package coop.maillage.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the time values of graph files: a year ({@code 2019}), a month ({@code 2019-05}), an ISO
 * date ({@code 2019-05-14}) or date-time ({@code 2019-05-14T10:00:00}), or a decimal year as GEXF
 * writes with {@code timeformat="double"} ({@code 2019.0}, {@code 2019.5} is read as 2019). A year
 * or a month is the whole period: as a start it means its first day, as an end its last day, as in
 * the Maillage CSV format. Infinite values ({@code -Infinity}, {@code inf}), which Gephi writes for
 * open bounds, mean an open end.
 */
final class TimeText {

    /** How to write a time value, for error messages. */
    static final String FIX = "write a year (2019) or an ISO date (2019-05-14)";

    private static final Pattern YEAR = Pattern.compile("-?\\d{1,4}");
    private static final Pattern DECIMAL_YEAR = Pattern.compile("-?\\d{1,4}\\.\\d*");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Set<String> INFINITE =
            Set.of("inf", "-inf", "+inf", "infinity", "-infinity", "+infinity");

    private TimeText() {}

    /**
     * The date that {@code text} stands for, or {@code null} for an open end.
     *
     * @param end whether the value ends an interval (a year then means 31 December)
     * @throws IllegalArgumentException when the text is not a time value
     */
    static LocalDate parse(String text, boolean end) {
        String value = text.trim();
        if (INFINITE.contains(value.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (YEAR.matcher(value).matches() || DECIMAL_YEAR.matcher(value).matches()) {
            int year = (int) Math.floor(Double.parseDouble(value));
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        try {
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            int time = value.indexOf('T');
            return LocalDate.parse(time > 0 ? value.substring(0, time) : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date", e);
        }
    }
}
