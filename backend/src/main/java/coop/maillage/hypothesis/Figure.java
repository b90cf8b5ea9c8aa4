package coop.maillage.hypothesis;

/**
 * One named number behind a verdict, such as {@code densitySlope} or, for one year, {@code density}
 * in 2018.
 *
 * @param name camelCase name of the figure
 * @param year the year it belongs to, or null for a figure of the whole range
 * @param value the number, or null when it is undefined (too few values, no ties…)
 */
public record Figure(String name, Integer year, Double value) {

    /** A figure of the whole range. */
    public static Figure of(String name, Double value) {
        return new Figure(name, null, value);
    }

    /** A figure of the whole range, from a count. */
    public static Figure of(String name, int count) {
        return new Figure(name, null, (double) count);
    }

    /** A figure of one year. */
    public static Figure ofYear(String name, int year, Double value) {
        return new Figure(name, year, value);
    }
}
