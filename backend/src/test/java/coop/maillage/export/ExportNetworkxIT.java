package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coop.maillage.dataset.DatasetService;
import coop.maillage.privacy.Pseudonyms;
import coop.maillage.security.Role;
import coop.maillage.support.DatabaseIT;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every network export of the seed, read back by networkx ({@link Networkx}), says what the API and
 * the database say: a year's snapshot is the one {@code /api/network} shows (nodes, attributes,
 * degrees, betweenness, ties and weights); the whole history holds every actor with its dates and
 * every dated tie of the database, read here with Cypher of the test's own.
 */
class ExportNetworkxIT extends DatabaseIT {

    private static final String TERRITORY = "pays-ledonien";

    /** The territory's collaborations and participations, read without the export code. */
    private static final String STORED_TIES =
            """
            MATCH (a:Actor {territory: $t})-[r:COLLABORATES_WITH]->(b:Actor {territory: $t})
            WHERE a.id <> b.id
            RETURN a.id AS a, a.person AS ap, b.id AS b, b.person AS bp,
                   'collaborations' AS layer, coalesce(r.weight, 1.0) AS w,
                   r.from AS from, r.to AS to
            UNION ALL
            MATCH (a:Actor {territory: $t})-[r:TAKES_PART_IN]->(p:Project)
            RETURN a.id AS a, a.person AS ap, p.id AS b, false AS bp,
                   'projects' AS layer, 1.0 AS w, r.from AS from, r.to AS to
            """;

    @Autowired private DatasetService datasets;
    @Autowired private Pseudonyms pseudonyms;
    @LocalServerPort private int port;
    @TempDir Path dir;

    private Downloads downloads;

    @BeforeEach
    void loadSeed() {
        Networkx.require();
        datasets.loadSeed();
        downloads = new Downloads(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf", "json", "csv"})
    void shouldGiveNetworkxTheSnapshotTheApiShows(String format) {
        JsonNode network = api.as(Role.RESEARCHER).get("/api/network?year=2020").body();
        JsonNode read = readExport(format, "?year=2020");

        assertThat(read.get("directed").asBoolean()).isFalse();
        assertThat(read.get("multigraph").asBoolean()).isEqualTo(format.equals("csv"));
        assertThat(read.get("nodeCount").asInt()).isEqualTo(network.get("nodes").size());
        Map<String, String> ids = new HashMap<>();
        for (JsonNode node : network.get("nodes")) {
            JsonNode attributes = node.get("attributes");
            boolean person = attributes.get("person").asString().equals("true");
            String id = person ? attributes.get("name").asString() : node.get("id").asString();
            ids.put(node.get("id").asString(), id);
            JsonNode exported = read.get("nodes").get(id);
            assertThat(exported).as(id).isNotNull();
            for (String key : List.of("name", "kind", "sector", "college", "commune")) {
                assertThat(text(exported.get(key)))
                        .as(id + " " + key)
                        .isEqualTo(text(attributes.get(key)));
            }
            assertThat(text(exported.get("person"))).isEqualTo(String.valueOf(person));
            if (format.equals("gexf")) {
                assertThat(exported.get("label").asString())
                        .isEqualTo(attributes.get("name").asString());
            }
            JsonNode metrics = node.get("metrics");
            assertThat(exported.get("degree").asDouble())
                    .isEqualTo(metrics.get("degree").asDouble());
            assertThat(exported.get("betweenness").asDouble())
                    .isCloseTo(metrics.get("betweenness").asDouble(), within(1e-12));
            assertThat(exported.get("pagerank").asDouble())
                    .isCloseTo(metrics.get("pagerank").asDouble(), within(1e-12));
        }
        Map<String, Double> expectedTies = new TreeMap<>();
        double weights = 0;
        for (JsonNode link : network.get("links")) {
            expectedTies.put(
                    pair(
                            ids.get(link.get("source").asString()),
                            ids.get(link.get("target").asString())),
                    link.get("weight").asDouble());
            weights += link.get("weight").asDouble();
        }
        Map<String, Double> readTies = new TreeMap<>();
        for (JsonNode edge : read.get("edges")) {
            readTies.put(
                    pair(edge.get(0).asString(), edge.get(1).asString()),
                    edge.get(2).get("weight").asDouble());
        }
        assertThat(readTies).isEqualTo(expectedTies);
        assertThat(read.get("weightSum").asDouble()).isCloseTo(weights, within(1e-9));
        assertThat(expectedTies).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf", "json", "csv"})
    void shouldGiveNetworkxEveryActorAndEveryDatedTieOfTheDatabase(String format) {
        JsonNode read = readExport(format, "");

        Map<String, String> actors = storedActors();
        List<String> ties = storedTies();
        long projects =
                database.read(
                        tx ->
                                tx.run(
                                                "MATCH (:Actor {territory:"
                                                    + " $t})-[:TAKES_PART_IN]->(p:Project) RETURN"
                                                    + " count(DISTINCT p) AS n",
                                                Map.of("t", TERRITORY))
                                        .single()
                                        .get("n")
                                        .asLong());
        assertThat(read.get("nodeCount").asLong()).isEqualTo(actors.size() + projects);
        actors.forEach(
                (id, interval) -> {
                    JsonNode node = read.get("nodes").get(id);
                    assertThat(node).as(id).isNotNull();
                    assertThat(nodeInterval(format, node)).as(id).isEqualTo(interval);
                });
        assertThat(readTies(format, read)).isEqualTo(ties);
        assertThat(read.get("multigraph").asBoolean()).isTrue();
    }

    private JsonNode readExport(String format, String query) {
        Downloads.Download download =
                downloads.get(Role.RESEARCHER, "/api/export/network." + format + query);
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        return Networkx.read(format, download.saveAs(dir.resolve("export-" + format)));
    }

    /** Each actor of the territory, by exported id, with its interval as "from|to". */
    private Map<String, String> storedActors() {
        return database.read(
                tx ->
                        tx
                                .run(
                                        "MATCH (a:Actor {territory: $t}) RETURN a.id AS id,"
                                                + " a.person AS person, a.from AS from, a.to AS to",
                                        Map.of("t", TERRITORY))
                                .list(r -> r)
                                .stream()
                                .collect(
                                        TreeMap::new,
                                        (map, r) ->
                                                map.put(
                                                        exported(
                                                                r.get("id").asString(),
                                                                r.get("person").asBoolean(false)),
                                                        date(r.get("from"))
                                                                + "|"
                                                                + date(r.get("to"))),
                                        Map::putAll));
    }

    /**
     * Each collaboration and participation of the territory's actors as "a|b|layer|weight|from|to".
     */
    private List<String> storedTies() {
        List<org.neo4j.driver.Record> ties =
                database.read(tx -> tx.run(STORED_TIES, Map.of("t", TERRITORY)).list(r -> r));
        List<String> sorted = new ArrayList<>();
        for (org.neo4j.driver.Record r : ties) {
            sorted.add(
                    tie(
                            exported(r.get("a").asString(), r.get("ap").asBoolean(false)),
                            exported(r.get("b").asString(), r.get("bp").asBoolean(false)),
                            r.get("layer").asString(),
                            r.get("w").asDouble(),
                            date(r.get("from")),
                            date(r.get("to"))));
        }
        sorted.sort(null);
        return sorted;
    }

    /** The ties networkx read, one per interval, as "a|b|layer|weight|from|to". */
    private static List<String> readTies(String format, JsonNode read) {
        List<String> ties = new ArrayList<>();
        for (JsonNode edge : read.get("edges")) {
            JsonNode data = edge.get(2);
            String a = edge.get(0).asString();
            String b = edge.get(1).asString();
            String layer = data.get("layer").asString();
            double weight = data.get("weight").asDouble();
            if (data.has("spells")) {
                for (JsonNode spell : data.get("spells")) {
                    ties.add(tie(a, b, layer, weight, open(spell.get(0)), open(spell.get(1))));
                }
            } else {
                String from = format.equals("gexf") ? "start" : "from";
                String to = format.equals("gexf") ? "end" : "to";
                ties.add(tie(a, b, layer, weight, open(data.get(from)), open(data.get(to))));
            }
        }
        ties.sort(null);
        return ties;
    }

    private static String nodeInterval(String format, JsonNode node) {
        String from = format.equals("gexf") ? "start" : "from";
        String to = format.equals("gexf") ? "end" : "to";
        return open(node.get(from)) + "|" + open(node.get(to));
    }

    private String exported(String id, boolean person) {
        return person ? pseudonyms.of(id) : id;
    }

    private static String tie(
            String a, String b, String layer, double weight, String from, String to) {
        return pair(a, b).replace(' ', '|')
                + "|"
                + layer
                + "|"
                + BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString()
                + "|"
                + from
                + "|"
                + to;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    /** A date read back, "" for an open end (networkx writes a missing GEXF spell end "None"). */
    private static String open(JsonNode value) {
        return value == null || value.isNull() || value.asString().equals("None")
                ? ""
                : value.asString();
    }

    private static String date(org.neo4j.driver.Value value) {
        return value.isNull() ? "" : value.asLocalDate().toString();
    }

    /** An attribute as text whatever type the reader gave it; null when absent. */
    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
