package coop.maillage.network;

import java.util.stream.IntStream;

/**
 * The calendar years from {@code first} to {@code last}, both included.
 *
 * @param first first year
 * @param last last year, not before {@code first}
 */
public record YearRange(int first, int last) {

    public YearRange {
        if (last < first) {
            throw new IllegalArgumentException(
                    "year range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** The years of the range in increasing order. */
    public IntStream years() {
        return IntStream.rangeClosed(first, last);
    }

    /** Whether {@code year} lies in the range. */
    public boolean contains(int year) {
        return first <= year && year <= last;
    }
}
