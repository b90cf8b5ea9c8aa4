package coop.maillage.metrics;

/**
 * How ties mix groups, on the subgraph induced by the labelled nodes: with I ties inside a group
 * and E ties between groups (W_I, W_E their total weights),
 *
 * <ul>
 *   <li>E-I index (E − I)/(E + I) and its weighted form (W_E − W_I)/(W_E + W_I) (Krackhardt &amp;
 *       Stern 1988, Social Psychology Quarterly 51(2):123–140);
 *   <li>share of cross-group ties E/(E + I);
 *   <li>Newman's attribute assortativity r = (Σ_i e_ii − Σ_i a_i²)/(1 − Σ_i a_i²), e the symmetric
 *       mixing matrix of tie ends, a_i the share of tie ends in group i; unweighted, as networkx
 *       {@code attribute_assortativity_coefficient} (Newman 2003, Physical Review E 67:026126).
 * </ul>
 *
 * Undefined values (no tie; Σ a_i² = 1) are NaN here and null in the results. The ties are gathered
 * once so that the permutation null model only relabels. Complexity O(m + g) per labelling.
 *
 * @see Metric#EI_INDEX
 * @see Metric#WEIGHTED_EI_INDEX
 * @see Metric#ASSORTATIVITY
 * @see Metric#CROSS_GROUP_SHARE
 */
final class GroupMixing {

    static final int EI = 0;
    static final int WEIGHTED_EI = 1;
    static final int ASSORTATIVITY = 2;
    static final int CROSS_SHARE = 3;
    static final int STATISTICS = 4;

    private final int[] from;
    private final int[] to;
    private final double[] weight;
    private final int groups;

    GroupMixing(IndexedGraph g, GroupLabels labels) {
        int count = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (labels.label()[g.edgeSources[e]] >= 0 && labels.label()[g.edgeTargets[e]] >= 0) {
                count++;
            }
        }
        from = new int[count];
        to = new int[count];
        weight = new double[count];
        int i = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (labels.label()[g.edgeSources[e]] >= 0 && labels.label()[g.edgeTargets[e]] >= 0) {
                from[i] = g.edgeSources[e];
                to[i] = g.edgeTargets[e];
                weight[i++] = g.edgeWeights[e];
            }
        }
        groups = labels.groupCount();
    }

    /** The four statistics, indexed by {@link #EI} .. {@link #CROSS_SHARE}, for a labelling. */
    double[] statistics(int[] label) {
        double internal = 0;
        double external = 0;
        double internalWeight = 0;
        double externalWeight = 0;
        double[] ends = new double[groups];
        for (int e = 0; e < from.length; e++) {
            int a = label[from[e]];
            int b = label[to[e]];
            ends[a]++;
            ends[b]++;
            if (a == b) {
                internal++;
                internalWeight += weight[e];
            } else {
                external++;
                externalWeight += weight[e];
            }
        }
        double[] s = new double[STATISTICS];
        double ties = internal + external;
        s[EI] = ties == 0 ? Double.NaN : (external - internal) / ties;
        s[WEIGHTED_EI] =
                ties == 0
                        ? Double.NaN
                        : (externalWeight - internalWeight) / (externalWeight + internalWeight);
        s[CROSS_SHARE] = ties == 0 ? Double.NaN : external / ties;
        s[ASSORTATIVITY] = assortativity(internal / ties, ends, 2 * ties);
        return s;
    }

    private static double assortativity(double trace, double[] ends, double totalEnds) {
        if (totalEnds == 0) {
            return Double.NaN;
        }
        double squares = 0;
        for (double end : ends) {
            double a = end / totalEnds;
            squares += a * a;
        }
        return squares == 1 ? Double.NaN : (trace - squares) / (1 - squares);
    }
}
