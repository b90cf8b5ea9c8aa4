package coop.maillage.io;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.SnapshotQuery;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classic networks as networkx writes them ({@code src/test/python/make_network_fixtures.py}),
 * read back; the expected counts and total weights are networkx's, in {@code
 * io/classics-expected.csv}.
 */
class ClassicGraphFilesTest {

    private final GraphFileReader reader = new GraphFileReader();

    @ParameterizedTest
    @CsvSource({
        "florentine-families, graphml",
        "florentine-families, gexf",
        "karate-club, graphml",
        "karate-club, gexf"
    })
    void shouldReadWhatNetworkxWrote(String graph, String format) throws Exception {
        String[] expected = expected().get(graph);

        TemporalNetwork network = reader.read(GraphFileReaderTest.resource(graph + "." + format));

        assertThat(network.nodes()).hasSize(Integer.parseInt(expected[1]));
        assertThat(network.ties()).hasSize(Integer.parseInt(expected[2]));
        assertThat(network.ties().stream().mapToDouble(TemporalTie::weight).sum())
                .isEqualTo(Double.parseDouble(expected[3]));
        assertThat(network.ties()).allMatch(tie -> tie.layer() == Layer.COLLABORATIONS);
        assertThat(network.yearRange()).isEmpty();
    }

    @Test
    void shouldKeepTheKarateClubFactions() throws Exception {
        TemporalNetwork network = reader.read(GraphFileReaderTest.resource("karate-club.graphml"));

        Map<String, Long> clubs =
                network.nodes().stream()
                        .collect(
                                Collectors.groupingBy(
                                        node -> node.attribute("club"), Collectors.counting()));

        // Zachary (1977): 17 members followed Mr. Hi, 17 the officer (networkx's labels)
        assertThat(clubs).isEqualTo(Map.of("Mr. Hi", 17L, "Officer", 17L));
    }

    @Test
    void shouldProjectTheTwoModeSouthernWomenAsNetworkxDoes() throws Exception {
        TemporalNetwork network =
                reader.read(GraphFileReaderTest.resource("davis-southern-women.graphml"));

        assertThat(network.nodes().stream().filter(n -> n.mode() == NodeMode.EVENT)).hasSize(14);
        assertThat(network.ties()).hasSize(89).allMatch(t -> t.layer() == Layer.WORKSHOPS);
        Snapshot snapshot =
                SnapshotBuilder.build(
                        network, SnapshotQuery.ofYear(1936).withLayers(Set.of(Layer.WORKSHOPS)));
        assertThat(snapshot.graph().vertexSet()).hasSize(18);
        assertThat(weights(snapshot)).isEqualTo(expectedProjection());
    }

    private static Map<String, Double> weights(Snapshot snapshot) {
        Map<String, Double> weights = new HashMap<>();
        for (DefaultWeightedEdge edge : snapshot.graph().edgeSet()) {
            String u = snapshot.graph().getEdgeSource(edge);
            String v = snapshot.graph().getEdgeTarget(edge);
            String pair = u.compareTo(v) < 0 ? u + "|" + v : v + "|" + u;
            weights.put(pair, snapshot.graph().getEdgeWeight(edge));
        }
        return weights;
    }

    private static Map<String, Double> expectedProjection() throws Exception {
        Path file =
                Path.of(
                        ClassicGraphFilesTest.class
                                .getResource("/network/davis-southern-women-projection.csv")
                                .toURI());
        return Files.readAllLines(file).stream()
                .skip(1)
                .map(line -> line.split(","))
                .collect(
                        Collectors.toMap(
                                row -> row[0] + "|" + row[1], row -> Double.parseDouble(row[2])));
    }

    private static Map<String, String[]> expected() throws Exception {
        List<String> lines =
                Files.readAllLines(GraphFileReaderTest.resource("classics-expected.csv"));
        return lines.stream()
                .skip(1)
                .map(line -> line.split(","))
                .collect(Collectors.toMap(row -> row[0], row -> row));
    }

    @Test
    void shouldGiveEveryFlorentineFamilyAsAnActor() throws Exception {
        TemporalNetwork network =
                reader.read(GraphFileReaderTest.resource("florentine-families.gexf"));

        assertThat(network.nodes())
                .extracting(TemporalNode::id)
                .contains("Medici", "Strozzi", "Pazzi")
                .doesNotContain("Pucci");
        assertThat(network.nodes()).allMatch(node -> node.mode() == NodeMode.ACTOR);
    }
}
