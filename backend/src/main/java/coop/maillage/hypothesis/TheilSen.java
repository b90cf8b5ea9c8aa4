package coop.maillage.hypothesis;

import java.util.Arrays;

/**
 * The Theil–Sen estimator of a line's slope: the median of the slopes of all pairs of points,
 * robust to outliers (up to 29 % of the points).
 *
 * <p>Slope b = median{(y<sub>j</sub> − y<sub>i</sub>)/(x<sub>j</sub> − x<sub>i</sub>) : i &lt; j,
 * x<sub>i</sub> ≠ x<sub>j</sub>}; intercept a = median(y) − b · median(x) (Conover's intercept, as
 * scipy's {@code theilslopes} with {@code method="separate"}). The median of an even count is the
 * mean of the two middle values.
 *
 * <p>References: H. Theil, "A rank-invariant method of linear and polynomial regression analysis",
 * Proc. KNAW 53, 1950, 386–392; P. K. Sen, "Estimates of the regression coefficient based on
 * Kendall's tau", J. Amer. Statist. Assoc. 63, 1968, 1379–1389; W. J. Conover, Practical
 * Nonparametric Statistics, 2nd ed., Wiley, 1980. Complexity O(n² log n).
 */
public final class TheilSen {

    private TheilSen() {}

    /**
     * The fitted line y = intercept + slope · x.
     *
     * @param n the number of points
     * @param slope the median pairwise slope, null with fewer than two distinct x
     * @param intercept median(y) − slope · median(x), null when the slope is
     */
    public record Result(int n, Double slope, Double intercept) {}

    /**
     * Fits the points (x<sub>i</sub>, y<sub>i</sub>).
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold NaN or infinities
     */
    public static Result fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "Theil–Sen: " + x.length + " x values but " + y.length + " y values");
        }
        Ranks.requireFinite(x, "Theil–Sen x");
        Ranks.requireFinite(y, "Theil–Sen y");
        int n = x.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[i] != x[j]) {
                    slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        if (count == 0) {
            return new Result(n, null, null);
        }
        double slope = median(Arrays.copyOf(slopes, count));
        return new Result(n, slope, median(y.clone()) - slope * median(x.clone()));
    }

    /** The median of the values, sorting the array in place. */
    static double median(double[] values) {
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
