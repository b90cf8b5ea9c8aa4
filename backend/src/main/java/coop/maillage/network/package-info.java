/**
 * The time model of the cooperation network and the yearly snapshots cut from it.
 *
 * <p>A {@link coop.maillage.network.TemporalNetwork} holds dated actors, projects and events and
 * their dated, layered ties, whatever their source (the database, a GraphML, GEXF or CSV file).
 * {@link coop.maillage.network.SnapshotBuilder} turns it, for one year and a choice of layers, into
 * the actor–actor JGraphT graph that the metrics analyse. Nothing here knows about storage.
 */
package coop.maillage.network;
