package coop.maillage.hypothesis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers and small phrases for the answers' sentences, in French and in English: a decimal comma
 * and "12 %" in French, a point and "12%" in English.
 */
final class Wording {

    /** The significance level of every test of the hypotheses. */
    static final double ALPHA = 0.05;

    private Wording() {}

    /** A number with two significant digits below 1, two decimals at most above. */
    static String number(double value, boolean french) {
        BigDecimal rounded =
                Math.abs(value) < 1
                        ? new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_EVEN))
                        : new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN);
        String text = rounded.stripTrailingZeros().toPlainString();
        if (text.equals("-0")) {
            text = "0";
        }
        return french ? text.replace('.', ',') : text;
    }

    /** A share as a whole percentage. */
    static String percent(double share, boolean french) {
        long whole = Math.round(share * 100);
        return french ? whole + " %" : whole + "%";
    }

    /**
     * "p = 0,003", "p = 0,21", "p < 0,001"… with more decimals when rounding would carry the value
     * across {@link #ALPHA} (0.0496 is written 0.0496, not 0.05).
     */
    static String p(double value, boolean french) {
        if (value < 0.001) {
            return french ? "p < 0,001" : "p < 0.001";
        }
        int decimals = value < 0.01 ? 3 : 2;
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        while (decimals < 6 && (Double.parseDouble(text) < ALPHA) != (value < ALPHA)) {
            decimals++;
            text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        return "p = " + (french ? text.replace('.', ',') : text);
    }

    /** The text with its first letter in capitals. */
    /** "1 année", "3 années"; "1 year", "3 years". */
    static String years(int count, boolean french) {
        if (french) {
            return count + (count == 1 ? " année" : " années");
        }
        return count + (count == 1 ? " year" : " years");
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "2010–2025" */
    static String range(coop.maillage.network.YearRange years) {
        return years.first() + "–" + years.last();
    }
}
