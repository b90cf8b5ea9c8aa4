package coop.maillage.cli;

import coop.maillage.io.GraphFileReader;
import coop.maillage.network.TemporalNetwork;
import java.nio.file.Path;

/**
 * The graph file to analyse: one path ({@code --input}: GraphML, GEXF, a nodes or edges CSV file
 * with its partner beside it, a directory or a zip), or a nodes CSV file and an edges CSV file
 * named apart ({@code --nodes}, {@code --edges}).
 *
 * @param input the path given with {@code --input}, or null
 * @param nodes the nodes file given with {@code --nodes}, or null
 * @param edges the edges file given with {@code --edges}, or null
 */
record GraphInput(Path input, Path nodes, Path edges) {

    /** The network the files hold; a bad file throws a {@code GraphFileException}. */
    TemporalNetwork read() {
        GraphFileReader reader = new GraphFileReader();
        return input != null ? reader.read(input) : reader.read(nodes, edges);
    }

    /** The input as the user gave it, for the output: the path, or the nodes file. */
    String label() {
        return (input != null ? input : nodes).toString();
    }
}
