package coop.maillage.metrics;

import java.util.stream.IntStream;

/**
 * Brokerage roles after R. V. Gould &amp; R. M. Fernandez (1989), "Structures of mediation: a
 * formal approach to brokerage in transaction networks", Sociological Methodology 19:89–126,
 * adapted to undirected ties.
 *
 * <p>Gould and Fernandez count, for each broker B, the directed two-paths A → B → C with no tie A →
 * C, by the groups of A, B and C. Undirected ties give no direction, so Maillage counts each open
 * two-path A–B–C (A, C distinct and not adjacent) once, as an unordered pair {A, C} of B's
 * neighbours: coordinator (A, B, C in one group), consultant or itinerant broker (A and C in one
 * group, B in another), gatekeeper/representative (B in the group of exactly one of A and C: the
 * two roles differ only by the direction of flow, so they are one count), liaison (three groups).
 * The four counts add up to B's open two-paths among labelled nodes; a path with an unlabelled node
 * is not counted. Complexity O(Σ_B Σ_{A∈N(B)} (d(A) + d(B))).
 *
 * @see Metric#BROKERAGE
 */
final class Brokerage {

    private Brokerage() {}

    /** Roles of each node; null for unlabelled nodes. */
    static BrokerageRoles[] of(IndexedGraph g, GroupLabels labels) {
        int n = g.size();
        int[] label = labels.label();
        BrokerageRoles[] roles = new BrokerageRoles[n];
        int blocks = Math.max(1, Math.min(PathCentralities.BLOCKS, n));
        IntStream.range(0, blocks)
                .parallel()
                .forEach(
                        b -> {
                            int[] mark = new int[n];
                            int stamp = 0;
                            for (int v = (int) ((long) n * b / blocks);
                                    v < (long) n * (b + 1) / blocks;
                                    v++) {
                                if (label[v] < 0) {
                                    continue;
                                }
                                long[] counts = new long[4];
                                for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                                    int a = g.targets[p];
                                    if (label[a] < 0) {
                                        continue;
                                    }
                                    stamp++;
                                    for (int q = g.offsets[a]; q < g.offsets[a + 1]; q++) {
                                        mark[g.targets[q]] = stamp;
                                    }
                                    for (int r = p + 1; r < g.offsets[v + 1]; r++) {
                                        int c = g.targets[r];
                                        if (label[c] >= 0 && mark[c] != stamp) {
                                            counts[role(label[a], label[v], label[c])]++;
                                        }
                                    }
                                }
                                roles[v] =
                                        new BrokerageRoles(
                                                counts[0],
                                                counts[1],
                                                counts[2],
                                                counts[3],
                                                counts[0] + counts[1] + counts[2] + counts[3]);
                            }
                        });
        return roles;
    }

    private static int role(int a, int b, int c) {
        if (a == c) {
            return a == b ? 0 : 1;
        }
        return a == b || c == b ? 2 : 3;
    }
}
