package coop.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code analyse} on graph files written by networkx and compares its output, figure by
 * figure, with the values networkx gives for the same networks (see make_cli_fixtures.py): the
 * whole chain of file reader, snapshot, metrics engine and output is checked against an independent
 * implementation.
 */
class AnalyseAgreesWithNetworkxTest {

    private static final double EXACT = 1e-9;
    private static final double ITERATIVE = 1e-6;

    private static final List<String> GRAPH_FIGURES =
            List.of(
                    "nodes",
                    "edges",
                    "density",
                    "totalWeight",
                    "components",
                    "transitivity",
                    "averageClustering");

    private static final List<String> NODE_FIGURES =
            List.of(
                    "degree",
                    "strength",
                    "betweenness",
                    "closeness",
                    "harmonic",
                    "eigenvector",
                    "pagerank",
                    "clustering");

    @Test
    void shouldGiveNetworkxFiguresForLesMiserablesFromGraphMl() {
        JsonNode expected = CliRun.expected("lesmis-expected.json");
        JsonNode output = run("--input", path("lesmis.graphml"), "--permutations", "0");

        assertGraph(output.get("graph"), expected.get("graph"));
        assertNodes(output.get("nodes"), expected.get("nodes"), NODE_FIGURES);
        assertThat(output.get("nodes")).hasSize(77);
    }

    @Test
    void shouldGiveNetworkxPathFiguresForLesMiserablesWithInverseWeightDistances() {
        JsonNode expected = CliRun.expected("lesmis-expected.json");
        JsonNode output = run("--input", path("lesmis.graphml"), "--weighted-paths");

        assertNodes(
                output.get("nodes"),
                expected.get("weightedPaths"),
                List.of("betweenness", "closeness", "harmonic"));
        assertThat(output.get("graph").get("pathWeighting").asString()).isEqualTo("inverseWeight");
        assertThat(output.get("options").get("pathDistance").asString()).isEqualTo("1/weight");
    }

    @Test
    void shouldGiveNetworkxFiguresAndGroupMixingForWattsStrogatzFromCsv() {
        assertWattsStrogatz(path("watts-strogatz-nodes.csv"));
    }

    @Test
    void shouldGiveNetworkxFiguresAndGroupMixingForWattsStrogatzFromGexf() {
        assertWattsStrogatz(path("watts-strogatz.gexf"));
    }

    @Test
    void shouldGiveNetworkxFiguresForTheWholeDynamicGraphWithEachSpelledTieOnce() {
        JsonNode expected = CliRun.expected("dynamic-expected.json");
        JsonNode output = run("--input", path("dynamic.gexf"), "--permutations", "0");

        assertGraph(output.get("graph"), expected.get("graph"));
        assertNodes(output.get("nodes"), expected.get("nodes"), NODE_FIGURES);
    }

    @Test
    void shouldGiveNetworkxFiguresForEachYearOfTheDynamicGraph() {
        JsonNode expected = CliRun.expected("dynamic-expected.json").get("years");
        JsonNode output = run("--input", path("dynamic.gexf"), "--timeline", "--permutations", "0");

        JsonNode timeline = output.get("timeline");
        assertThat(timeline).hasSize(4);
        for (JsonNode row : timeline) {
            String year = row.get("year").asString();
            assertThat(expected.has(year)).as("year %s", year).isTrue();
            assertGraph(row, expected.get(year));
        }
        assertThat(timeline.get(0).get("year").asInt()).isEqualTo(2019);
    }

    @Test
    void shouldGiveNetworkxFiguresForOneYearOfTheDynamicGraph() {
        JsonNode expected = CliRun.expected("dynamic-expected.json").get("years").get("2021");
        JsonNode output =
                run("--input", path("dynamic.gexf"), "--year", "2021", "--permutations", "0");

        assertGraph(output.get("graph"), expected);
    }

    private static void assertWattsStrogatz(String input) {
        JsonNode expected = CliRun.expected("watts-strogatz-expected.json");
        JsonNode output = run("--input", input, "--group-by", "group", "--permutations", "50");

        assertGraph(output.get("graph"), expected.get("graph"));
        assertNodes(output.get("nodes"), expected.get("nodes"), NODE_FIGURES);
        for (String figure : List.of("eiIndex", "crossGroupShare", "assortativity")) {
            double value = expected.get("groups").get(figure).asDouble();
            assertThat(output.get("graph").get(figure).asDouble())
                    .as(figure)
                    .isCloseTo(value, within(EXACT));
            assertThat(output.get("groups").get(figure).asDouble())
                    .as(figure)
                    .isCloseTo(value, within(EXACT));
        }
    }

    private static JsonNode run(String... args) {
        CliRun run = CliRun.analyse(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        return run.json();
    }

    private static String path(String fixture) {
        return CliRun.fixture(fixture).toString();
    }

    private static void assertGraph(JsonNode actual, JsonNode expected) {
        for (String figure : GRAPH_FIGURES) {
            assertThat(actual.get(figure).asDouble())
                    .as(figure)
                    .isCloseTo(expected.get(figure).asDouble(), within(EXACT));
        }
    }

    private static void assertNodes(JsonNode actual, JsonNode expected, List<String> figures) {
        Map<String, JsonNode> byId = new HashMap<>();
        actual.forEach(node -> byId.put(node.get("id").asString(), node));
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(expected.propertyNames());
        expected.properties()
                .forEach(
                        entry -> {
                            JsonNode node = byId.get(entry.getKey());
                            for (String figure : figures) {
                                double tolerance =
                                        figure.equals("eigenvector") || figure.equals("pagerank")
                                                ? ITERATIVE
                                                : EXACT;
                                assertThat(node.get(figure).asDouble())
                                        .as("%s of %s", figure, entry.getKey())
                                        .isCloseTo(
                                                entry.getValue().get(figure).asDouble(),
                                                within(tolerance));
                            }
                        });
    }
}
