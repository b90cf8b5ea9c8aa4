package coop.maillage.hypothesis;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann–Kendall test for a monotone trend in a series observed in time order.
 *
 * <p>Statistic S = Σ<sub>i&lt;j</sub> sgn(y<sub>j</sub> − y<sub>i</sub>): concordant minus
 * discordant pairs. Under the null of no trend (exchangeable values), with ties in groups of sizes
 * t, Var(S) = [n(n − 1)(2n + 5) − Σ t(t − 1)(2t + 5)] / 18. The continuity-corrected score is Z =
 * (S − 1)/√Var(S) when S &gt; 0, 0 when S = 0, (S + 1)/√Var(S) when S &lt; 0, and the two-sided
 * p-value is 2(1 − Φ(|Z|)) from the standard normal distribution (the normal approximation is usual
 * from n = 4 on; the exact distribution of S is not used).
 *
 * <p>With fewer than {@link #MIN_POINTS} values, or when every value is equal (Var(S) = 0), the
 * test has nothing to say: Z and the p-value are null and {@link Result#tooFew()} is true.
 *
 * <p>References: H. B. Mann, "Nonparametric tests against trend", Econometrica 13, 1945, 245–259;
 * M. G. Kendall, Rank Correlation Methods, 4th ed., Griffin, 1975 (tie correction); R. M. Hirsch,
 * J. R. Slack &amp; R. A. Smith, "Techniques of trend analysis for monthly water quality data",
 * Water Resources Research 18(1), 1982, 107–121. Complexity O(n²) for n values (n is a number of
 * years).
 */
public final class MannKendall {

    /** The fewest values the test is run on. */
    public static final int MIN_POINTS = 4;

    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private MannKendall() {}

    /**
     * The outcome of the test.
     *
     * @param n the number of values
     * @param s the statistic S
     * @param variance Var(S) with the tie correction
     * @param z the continuity-corrected score, null when the test is not run
     * @param pValue the two-sided p-value, null when the test is not run
     */
    public record Result(int n, long s, double variance, Double z, Double pValue) {

        /** Whether there were too few values (or no variation) to run the test. */
        public boolean tooFew() {
            return pValue == null;
        }

        /** Whether the series rises with p below {@code alpha}. */
        public boolean risesSignificantly(double alpha) {
            return !tooFew() && s > 0 && pValue < alpha;
        }

        /** Whether the series falls with p below {@code alpha}. */
        public boolean fallsSignificantly(double alpha) {
            return !tooFew() && s < 0 && pValue < alpha;
        }
    }

    /**
     * Tests the series {@code values}, given in time order.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static Result test(double[] values) {
        Ranks.requireFinite(values, "Mann–Kendall test");
        int n = values.length;
        // 1. S: sign of every later-minus-earlier difference
        long s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += values[j] > values[i] ? 1 : values[j] < values[i] ? -1 : 0;
            }
        }
        // 2. variance under the null, less the share of tied groups
        double variance = n * (n - 1.0) * (2.0 * n + 5);
        for (int t : Ranks.tieGroups(values)) {
            variance -= t * (t - 1.0) * (2.0 * t + 5);
        }
        variance /= 18;
        if (n < MIN_POINTS || variance <= 0) {
            return new Result(n, s, variance, null, null);
        }
        // 3. continuity-corrected normal score and two-sided p-value
        double sd = Math.sqrt(variance);
        double z = s > 0 ? (s - 1) / sd : s < 0 ? (s + 1) / sd : 0;
        double p = Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
        return new Result(n, s, variance, z, p);
    }
}
