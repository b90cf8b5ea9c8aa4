package coop.maillage.seed.generator;

/** Identifiers and dates as the CSV format spells them. */
final class Ids {

    private Ids() {}

    /** {@code prefix-000042}: zero-padded so that ids sort in creation order. */
    static String of(String prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder id =
                new StringBuilder(prefix.length() + 1 + Math.max(width, digits.length()));
        id.append(prefix).append('-');
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    /**
     * A year as a {@code from}/{@code to} cell; {@link ActorPopulation#OPEN} gives an empty cell.
     */
    static String year(int year) {
        return year == ActorPopulation.OPEN ? "" : Integer.toString(year);
    }
}
