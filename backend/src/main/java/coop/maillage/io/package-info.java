/**
 * Reading graph files (GraphML, GEXF, nodes/edges CSV) into a {@link
 * coop.maillage.network.TemporalNetwork}, with errors that name the file, the line and the fix. The
 * entry point is {@link coop.maillage.io.GraphFileReader}.
 */
package coop.maillage.io;
