package coop.maillage.metrics;

import java.util.Collections;
import java.util.List;

/**
 * Densities within and between groups, as UCINET's density tables: row k, column l holds ties /
 * (n_k(n_k − 1)/2) when k = l and ties / (n_k · n_l) otherwise; null where a group has too few
 * nodes for any pair. The matrix is symmetric.
 *
 * @param groups the group labels in order (sorted), naming the rows and the columns
 * @param density the density matrix
 * @param ties the tie counts behind each density
 * @see Metric#BLOCK_DENSITY
 */
public record BlockDensityTable(
        List<String> groups, List<List<Double>> density, List<List<Integer>> ties) {

    public BlockDensityTable {
        groups = List.copyOf(groups);
        density =
                density.stream()
                        .map(row -> Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                        .toList();
        ties = ties.stream().map(List::copyOf).toList();
    }
}
