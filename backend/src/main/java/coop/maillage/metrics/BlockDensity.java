package coop.maillage.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The block density table of a labelled graph, as UCINET's density tables (Borgatti, Everett &amp;
 * Freeman 2002): the density of ties within each group, ties_kk / (n_k(n_k − 1)/2), and between
 * each pair of groups, ties_kl / (n_k n_l); null where there is no possible pair. Unlabelled nodes
 * are left out. Complexity O(m + g²).
 *
 * @see Metric#BLOCK_DENSITY
 */
final class BlockDensity {

    private BlockDensity() {}

    static BlockDensityTable of(IndexedGraph g, GroupLabels labels) {
        int k = labels.groupCount();
        int[][] ties = new int[k][k];
        long[] size = new long[k];
        for (int v : labels.labelledNodes()) {
            size[labels.label()[v]]++;
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = labels.label()[g.edgeSources[e]];
            int b = labels.label()[g.edgeTargets[e]];
            if (a >= 0 && b >= 0) {
                ties[a][b]++;
                if (a != b) {
                    ties[b][a]++;
                }
            }
        }
        List<List<Double>> density = new ArrayList<>();
        List<List<Integer>> counts = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            List<Double> row = new ArrayList<>();
            List<Integer> countRow = new ArrayList<>();
            for (int b = 0; b < k; b++) {
                double pairs = a == b ? size[a] * (size[a] - 1) / 2.0 : size[a] * (double) size[b];
                row.add(pairs == 0 ? null : ties[a][b] / pairs);
                countRow.add(ties[a][b]);
            }
            density.add(row);
            counts.add(countRow);
        }
        return new BlockDensityTable(labels.names(), density, counts);
    }
}
