package coop.maillage.metrics;

/** An undirected tie between two nodes, named by their ids (used for bridges). */
public record Tie(String source, String target) {}
