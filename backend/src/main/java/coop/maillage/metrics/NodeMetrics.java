package coop.maillage.metrics;

/**
 * Node-level metrics of one node; field names are the {@link Metric} ids. A boxed value is null
 * where the metric is undefined for this node.
 *
 * @param id the node id
 * @param eigenvector null if the power iteration did not converge
 * @param pagerank null if the power iteration did not converge
 * @param constraint null for an isolated node
 * @param effectiveSize null for an isolated node
 * @param brokerage null without group labels or when the node has none
 * @param community index in {@link GraphMetrics#communities()}, null when detection is off
 * @see Metric
 */
public record NodeMetrics(
        String id,
        int degree,
        double strength,
        double betweenness,
        double closeness,
        double harmonic,
        Double eigenvector,
        Double pagerank,
        double clustering,
        Double constraint,
        Double effectiveSize,
        BrokerageRoles brokerage,
        Integer community) {}
