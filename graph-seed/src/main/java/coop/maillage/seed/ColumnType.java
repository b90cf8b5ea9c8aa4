package coop.maillage.seed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * How a cell is read. Each parser throws {@link IllegalArgumentException} saying what is expected.
 */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    /** A start date: a year or month alone means its first day. */
    DATE_FROM,
    /** An end date: a year or month alone means its last day. */
    DATE_TO;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** The typed value of a non-empty cell. */
    public Object parse(String cell) {
        String value = cell.strip();
        return switch (this) {
            case TEXT -> cell;
            case INTEGER -> integer(value);
            case DECIMAL -> decimal(value);
            case BOOLEAN -> bool(value);
            case DATE_FROM -> date(value, true);
            case DATE_TO -> date(value, false);
        };
    }

    private static long integer(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a whole number; write digits only, e.g. 12");
        }
    }

    private static double decimal(String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a number; write it with a dot, e.g. 2.5");
        }
    }

    private static boolean bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("'" + value + "' is not true or false");
    }

    private static LocalDate date(String value, boolean start) {
        try {
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a date; write yyyy, yyyy-mm or yyyy-mm-dd");
        }
    }
}
