package coop.maillage.hypothesis;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Blau's index of diversity (heterogeneity) of a group over categories: 1 − Σ p<sub>i</sub>², where
 * p<sub>i</sub> is the share of the members in category i. 0 when every member is in one category;
 * at most 1 − 1/k with k categories, reached when they are equally represented. It is the
 * probability that two members drawn with replacement belong to different categories (the
 * Gini–Simpson index).
 *
 * <p>Reference: P. M. Blau, Inequality and Heterogeneity, Free Press, 1977. Complexity O(n).
 */
public final class BlauIndex {

    private BlauIndex() {}

    /**
     * The index over the members' categories; null and blank categories are left out.
     *
     * @return the index, or null when no member has a category
     */
    public static Double of(Collection<String> categories) {
        Map<String, Integer> counts = counts(categories);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return null;
        }
        double sumOfSquares = 0;
        for (int count : counts.values()) {
            double share = count / (double) total;
            sumOfSquares += share * share;
        }
        return 1 - sumOfSquares;
    }

    /** The number of distinct categories, null and blank ones left out. */
    public static int distinct(Collection<String> categories) {
        return counts(categories).size();
    }

    private static Map<String, Integer> counts(Collection<String> categories) {
        Map<String, Integer> counts = new HashMap<>();
        for (String category : categories) {
            if (category != null && !category.isBlank()) {
                counts.merge(category, 1, Integer::sum);
            }
        }
        return counts;
    }
}
