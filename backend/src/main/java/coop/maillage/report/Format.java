package coop.maillage.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the report writes them: French puts a comma before decimals, a no-break space between
 * thousands and before {@code %}; English a point, a comma and nothing. Rounding is half-even and
 * independent of the machine's locale.
 */
final class Format {

    private static final char NBSP = '\u00a0';
    private static final char MINUS = '\u2212';

    private Format() {}

    /** A whole number: "1 100" in French, "1,100" in English. */
    static String integer(long value, Language language) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(language.french() ? NBSP : ',');
            }
            grouped.append(digits.charAt(i));
        }
        return (value < 0 ? String.valueOf(MINUS) : "") + grouped;
    }

    /** A number with at most {@code decimals} decimals, trailing zeros dropped. */
    static String decimal(double value, int decimals, Language language) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        BigDecimal rounded =
                new BigDecimal(value)
                        .setScale(decimals, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        String text = integer(Long.parseLong(whole), language);
        if (!fraction.isEmpty()) {
            text += (language.french() ? "," : ".") + fraction;
        }
        return (rounded.signum() < 0 ? String.valueOf(MINUS) : "") + text;
    }

    /** A number with {@code digits} significant digits below 1, two decimals at most above. */
    static String significant(double value, int digits, Language language) {
        if (!Double.isFinite(value) || value == 0 || Math.abs(value) >= 1) {
            return decimal(value, 2, language);
        }
        int decimals = digits - 1 - (int) Math.floor(Math.log10(Math.abs(value)));
        return decimal(value, decimals, language);
    }

    /** A number, or a dash when it is undefined. */
    static String decimal(Double value, int decimals, Language language) {
        return value == null ? "—" : decimal(value.doubleValue(), decimals, language);
    }

    /** A number as the sources give it, without grouping: "2014", "17000", "1.3". */
    static String plain(double value, Language language) {
        String text =
                new BigDecimal(value)
                        .setScale(4, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros()
                        .toPlainString();
        return language.french() ? text.replace('.', ',') : text;
    }

    /** A share as a whole percentage: "56 %" in French, "56%" in English. */
    static String percent(double share, Language language) {
        String number = decimal(share * 100, 0, language);
        return language.french() ? number + NBSP + "%" : number + "%";
    }

    /** A change: "+26", "−3", "0". */
    static String change(long delta, Language language) {
        return delta > 0 ? "+" + integer(delta, language) : integer(delta, language);
    }

    /** A p-value: "< 0,001" or "0,03". */
    static String p(double value, Language language) {
        if (value < 0.001) {
            return "< " + decimal(0.001, 3, language);
        }
        return decimal(value, value < 0.01 ? 3 : 2, language);
    }
}
