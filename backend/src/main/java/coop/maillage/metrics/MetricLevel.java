package coop.maillage.metrics;

/** What a metric describes: the whole graph, each node, or the mixing of node groups. */
public enum MetricLevel {
    GRAPH,
    NODE,
    GROUP
}
