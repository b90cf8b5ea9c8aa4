package coop.maillage.io;

import coop.maillage.network.Interval;
import coop.maillage.network.TemporalTie;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the attribute values with a meaning of their own: the time axis ({@code from}/{@code to} or
 * {@code start}/{@code end}, any case) and {@code weight}.
 */
final class Values {

    /** The name of the weight attribute or column. */
    static final String WEIGHT = "weight";

    private static final Set<String> STARTS = Set.of("from", "start");
    private static final Set<String> ENDS = Set.of("to", "end");

    private Values() {}

    /** Whether {@code name} is one of the time attributes. */
    static boolean isTime(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return STARTS.contains(lower) || ENDS.contains(lower);
    }

    /**
     * The interval the time attributes give, removing them from {@code attributes}; {@code from}
     * wins over {@code start} and {@code to} over {@code end} when both are given.
     */
    static Interval takeInterval(Map<String, String> attributes, Place place) {
        String from = null;
        String to = null;
        for (Iterator<Map.Entry<String, String>> it = attributes.entrySet().iterator();
                it.hasNext(); ) {
            Map.Entry<String, String> entry = it.next();
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            if (STARTS.contains(name)) {
                from = from == null || name.equals("from") ? entry.getValue() : from;
                it.remove();
            } else if (ENDS.contains(name)) {
                to = to == null || name.equals("to") ? entry.getValue() : to;
                it.remove();
            }
        }
        return interval(from, to, place);
    }

    /** The interval from {@code from} to {@code to}; blank or null texts are open ends. */
    static Interval interval(String from, String to, Place place) {
        LocalDate start = date(from, false, place);
        LocalDate end = date(to, true, place);
        if (start != null && end != null && end.isBefore(start)) {
            throw place.error(
                    "the end (" + to.trim() + ") is before the start (" + from.trim() + ")",
                    "swap the start and the end or correct them");
        }
        return new Interval(start, end);
    }

    /** The date a time text stands for, or {@code null} when blank or infinite. */
    static LocalDate date(String text, boolean end, Place place) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TimeText.parse(text, end);
        } catch (IllegalArgumentException e) {
            throw place.error(e.getMessage(), TimeText.FIX);
        }
    }

    /** The weight a text gives: {@link TemporalTie#DEFAULT_WEIGHT} when blank or null. */
    static double weight(String text, Place place) {
        if (text == null || text.isBlank()) {
            return TemporalTie.DEFAULT_WEIGHT;
        }
        String fix =
                "write a positive number such as 1 or 2.5, or leave it empty for 1; a tie of"
                        + " strength 0 is no tie: leave that row out";
        double weight;
        try {
            weight = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw place.error("weight \"" + text + "\" is not a number", fix);
        }
        if (!Double.isFinite(weight) || weight <= 0) {
            throw place.error("weight " + text.trim() + " is not a positive number", fix);
        }
        return weight;
    }
}
