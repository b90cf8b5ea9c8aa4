package coop.maillage.importing;

import coop.maillage.seed.ColumnType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cells written the way spreadsheets write them, French conventions included. Numbers: a
 * decimal comma or point ({@code 2,5}, {@code 2.5}), thousands separated by spaces, no-break
 * spaces, apostrophes or the other mark ({@code 1 234,5}, {@code 1,234.5}). Dates: {@code
 * dd/mm/yyyy} or {@code d/m/yyyy} (also with {@code .} or {@code -}), {@code mm/yyyy}, ISO {@code
 * yyyy-mm-dd} (a time after it is ignored), {@code yyyy-mm} or {@code yyyy}; a year or month alone
 * is its first day as a start and its last day as an end. Booleans: {@code true/false}, {@code
 * vrai/faux}, {@code oui/non}, {@code yes/no}, {@code 1/0}, in any case. Each parser throws {@link
 * IllegalArgumentException} saying what is expected.
 */
final class Cells {

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern TIME = Pattern.compile("[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F'’]");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private static final Map<String, Boolean> BOOLEANS =
            Map.ofEntries(
                    Map.entry("true", true),
                    Map.entry("false", false),
                    Map.entry("vrai", true),
                    Map.entry("faux", false),
                    Map.entry("oui", true),
                    Map.entry("non", false),
                    Map.entry("yes", true),
                    Map.entry("no", false),
                    Map.entry("1", true),
                    Map.entry("0", false));

    static final String DATE_EXPECTED =
            "not a date; write dd/mm/yyyy (14/05/2019), yyyy-mm-dd (2019-05-14), mm/yyyy or yyyy";

    private Cells() {}

    /** The typed value of a non-blank cell. */
    static Object parse(ColumnType type, String cell) {
        String value = cell.strip();
        return switch (type) {
            case TEXT -> cell.strip();
            case INTEGER -> integer(value);
            case DECIMAL -> decimal(value);
            case BOOLEAN -> bool(value);
            case DATE_FROM -> date(value, true);
            case DATE_TO -> date(value, false);
        };
    }

    static long integer(String value) {
        String number;
        try {
            number = number(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "not a whole number; write digits, e.g. 12 or 1 200");
        }
        try {
            double parsed = Double.parseDouble(number);
            if (parsed != Math.rint(parsed) || Math.abs(parsed) > 1e15) {
                throw new NumberFormatException();
            }
            return (long) parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "not a whole number; write digits, e.g. 12 or 1 200");
        }
    }

    static double decimal(String value) {
        try {
            double parsed = Double.parseDouble(number(value));
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "not a number; write e.g. 2,5 or 2.5 (1 234,5 for thousands)");
        }
    }

    /**
     * The number in Java's notation: the last of {@code ,} and {@code .} is the decimal mark when
     * both appear, or when the one that appears does so once; grouping marks go.
     */
    private static String number(String value) {
        String text = GROUPING.matcher(value).replaceAll("");
        int comma = text.indexOf(','), point = text.indexOf('.');
        if (comma >= 0 && point >= 0) {
            boolean commaDecimal = text.lastIndexOf(',') > text.lastIndexOf('.');
            text = commaDecimal ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        } else if (comma >= 0) {
            text = comma == text.lastIndexOf(',') ? text.replace(',', '.') : text.replace(",", "");
        } else if (point >= 0 && point != text.lastIndexOf('.')) {
            text = text.replace(".", "");
        }
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            throw new NumberFormatException(value);
        }
        return text;
    }

    static boolean bool(String value) {
        Boolean parsed = BOOLEANS.get(value.toLowerCase(Locale.ROOT));
        if (parsed == null) {
            throw new IllegalArgumentException(
                    "not yes or no; write oui/non, vrai/faux, true/false or 1/0");
        }
        return parsed;
    }

    /** A date; {@code start} says whether a year or month alone is its first or last day. */
    static LocalDate date(String value, boolean start) {
        String text = TIME.matcher(value).replaceFirst("");
        try {
            Matcher m;
            if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
                return LocalDate.of(number(m, 4), number(m, 3), number(m, 1));
            }
            if ((m = ISO_DAY.matcher(text)).matches()) {
                return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            }
            YearMonth month = null;
            if ((m = MONTH_YEAR.matcher(text)).matches()) {
                month = YearMonth.of(number(m, 2), number(m, 1));
            } else if ((m = ISO_MONTH.matcher(text)).matches()) {
                month = YearMonth.of(number(m, 1), number(m, 2));
            } else if (YEAR.matcher(text).matches()) {
                int year = Integer.parseInt(text);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (month != null) {
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "no such day in the calendar; write a date that exists, as dd/mm/yyyy");
        }
        throw new IllegalArgumentException(DATE_EXPECTED);
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
