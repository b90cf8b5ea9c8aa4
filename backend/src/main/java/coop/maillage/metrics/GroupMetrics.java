package coop.maillage.metrics;

/**
 * Décloisonnement metrics for one categorical attribute, computed on the subgraph induced by the
 * labelled nodes (nodes without a label, and their ties, are left out); field names are the {@link
 * Metric} ids. Each statistic comes with its permutation {@link NullModel}, null when the statistic
 * is undefined or no permutation was asked for.
 *
 * @param labelledNodes nodes with a group label
 * @param unlabelledNodes nodes left out for want of a label
 * @param eiIndex Krackhardt–Stern (E − I)/(E + I) on tie counts; null without ties
 * @param weightedEiIndex the same on tie weights
 * @param assortativity Newman's attribute assortativity; null when undefined
 * @param crossGroupShare E/(E + I); null without ties
 * @see Metric
 */
public record GroupMetrics(
        int labelledNodes,
        int unlabelledNodes,
        Double eiIndex,
        NullModel eiIndexNullModel,
        Double weightedEiIndex,
        NullModel weightedEiIndexNullModel,
        Double assortativity,
        NullModel assortativityNullModel,
        Double crossGroupShare,
        NullModel crossGroupShareNullModel,
        BlockDensityTable blockDensity) {}
