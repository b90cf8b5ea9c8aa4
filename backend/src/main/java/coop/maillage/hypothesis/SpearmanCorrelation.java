package coop.maillage.hypothesis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Spearman's rank correlation with ties, and its two-sided p-value.
 *
 * <p>ρ is Pearson's correlation of the average ranks of x and of y (tied values share the mean of
 * their ranks), so ties need no separate correction. The p-value uses the t approximation: t = ρ
 * √((n − 2)/(1 − ρ²)) follows Student's t with n − 2 degrees of freedom under independence, p = 2
 * P(T &gt; |t|); when |ρ| = 1, p = 0. No exact permutation distribution is used, even for small n:
 * the approximation is rough below about 10 pairs, which is why the callers ask for more. This is
 * what scipy's {@code spearmanr} computes.
 *
 * <p>ρ is undefined (null) with fewer than {@link #MIN_PAIRS} pairs or when x or y is constant; the
 * p-value is then null too.
 *
 * <p>References: C. Spearman, "The proof and measurement of association between two things", Amer.
 * J. Psychol. 15, 1904, 72–101; J. H. Zar, "Significance testing of the Spearman rank correlation
 * coefficient", J. Amer. Statist. Assoc. 67, 1972, 578–580. Complexity O(n log n).
 */
public final class SpearmanCorrelation {

    /** The fewest pairs for which ρ and its p-value are given. */
    public static final int MIN_PAIRS = 3;

    private SpearmanCorrelation() {}

    /**
     * @param n the number of pairs
     * @param rho the rank correlation, null when undefined
     * @param pValue the two-sided p-value, null when ρ is undefined
     */
    public record Result(int n, Double rho, Double pValue) {

        /** Whether ρ is positive with p below {@code alpha}. */
        public boolean positive(double alpha) {
            return pValue != null && rho > 0 && pValue < alpha;
        }

        /** Whether ρ is negative with p below {@code alpha}. */
        public boolean negative(double alpha) {
            return pValue != null && rho < 0 && pValue < alpha;
        }
    }

    /**
     * Correlates the pairs (x<sub>i</sub>, y<sub>i</sub>).
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold NaN or infinities
     */
    public static Result of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "Spearman: " + x.length + " x values but " + y.length + " y values");
        }
        Ranks.requireFinite(x, "Spearman x");
        Ranks.requireFinite(y, "Spearman y");
        int n = x.length;
        if (n < MIN_PAIRS) {
            return new Result(n, null, null);
        }
        Double rho = pearson(Ranks.average(x), Ranks.average(y));
        if (rho == null) {
            return new Result(n, null, null);
        }
        if (Math.abs(rho) >= 1) {
            return new Result(n, Math.signum(rho), 0.0);
        }
        double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
        TDistribution student = new TDistribution(n - 2);
        return new Result(n, rho, 2 * student.cumulativeProbability(-Math.abs(t)));
    }

    /** Pearson's correlation, null when either variable is constant. */
    private static Double pearson(double[] a, double[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i] / a.length;
            meanB += b[i] / b.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - meanA) * (b[i] - meanB);
            saa += (a[i] - meanA) * (a[i] - meanA);
            sbb += (b[i] - meanB) * (b[i] - meanB);
        }
        if (saa <= 1e-12 || sbb <= 1e-12) {
            return null;
        }
        return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
    }
}
