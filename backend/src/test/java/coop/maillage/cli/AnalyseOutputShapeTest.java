package coop.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.metrics.Metric;
import coop.maillage.metrics.MetricLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class AnalyseOutputShapeTest {

    /** The graph keys DESIGN.md names for the command-line analyser. */
    private static final List<String> DESIGN_GRAPH_KEYS =
            List.of(
                    "density",
                    "averageClustering",
                    "transitivity",
                    "components",
                    "bridges",
                    "articulationPoints",
                    "degreeCentralization",
                    "betweennessCentralization",
                    "modularity",
                    "totalWeight");

    private static final List<String> DESIGN_NODE_KEYS =
            List.of(
                    "id",
                    "degree",
                    "strength",
                    "betweenness",
                    "closeness",
                    "harmonic",
                    "eigenvector",
                    "pagerank",
                    "clustering",
                    "constraint",
                    "effectiveSize",
                    "attributes");

    @TempDir Path dir;

    @Test
    void shouldGiveInputOptionsGraphAndNodesSortedById() {
        JsonNode json = analyse("--input", fixture("lesmis.graphml"));

        assertThat(json.propertyNames()).containsExactly("input", "options", "graph", "nodes");
        assertThat(json.get("input").asString()).endsWith("lesmis.graphml");
        assertThat(json.get("graph").propertyNames())
                .containsAll(DESIGN_GRAPH_KEYS)
                .containsAll(ids(MetricLevel.GRAPH, null))
                .doesNotContain("eiIndex", "assortativity");
        List<String> ids = new ArrayList<>();
        for (JsonNode node : json.get("nodes")) {
            assertThat(node.propertyNames())
                    .containsAll(DESIGN_NODE_KEYS)
                    .containsAll(ids(MetricLevel.NODE, null));
            ids.add(node.get("id").asString());
        }
        assertThat(ids).hasSize(77).isSorted();
        assertThat(json.get("options").get("weightedPaths").asBoolean()).isFalse();
        assertThat(json.get("options").get("layers").toString())
                .isEqualTo("[\"collaborations\",\"projects\"]");
    }

    @Test
    void shouldAddGroupMetricsToTheGraphAndTheirNullModelsUnderGroups() {
        JsonNode json =
                analyse(
                        "--input",
                        fixture("watts-strogatz.gexf"),
                        "--group-by",
                        "group",
                        "--permutations",
                        "20",
                        "--seed",
                        "7");

        assertThat(json.propertyNames())
                .containsExactly("input", "options", "graph", "nodes", "groups");
        assertThat(json.get("graph").propertyNames())
                .contains("eiIndex", "weightedEiIndex", "assortativity", "crossGroupShare");
        JsonNode groups = json.get("groups");
        assertThat(groups.get("attribute").asString()).isEqualTo("group");
        assertThat(groups.propertyNames()).containsAll(ids(MetricLevel.GROUP, null));
        JsonNode nullModel = groups.get("eiIndexNullModel");
        assertThat(nullModel.propertyNames())
                .containsExactly(
                        "expected",
                        "standardDeviation",
                        "zScore",
                        "pValue",
                        "permutations",
                        "seed");
        assertThat(nullModel.get("permutations").asInt()).isEqualTo(20);
        assertThat(nullModel.get("seed").asInt()).isEqualTo(7);
        assertThat(groups.get("blockDensity").get("groups").toString())
                .isEqualTo("[\"ENTREPRISE\",\"ESS\",\"PUBLIC\"]");
        JsonNode first = json.get("nodes").get(0);
        assertThat(first.get("brokerage").propertyNames()).contains("liaison", "total");
        assertThat(first.get("attributes").get("group").isString()).isTrue();
    }

    @Test
    void shouldGiveOneTimelineRowPerYearWithTheGraphKeys() {
        JsonNode json =
                analyse(
                        "--input",
                        fixture("dynamic.gexf"),
                        "--timeline",
                        "--group-by",
                        "sector",
                        "--permutations",
                        "10");

        JsonNode timeline = json.get("timeline");
        assertThat(timeline).hasSize(4);
        List<Integer> years = new ArrayList<>();
        for (JsonNode row : timeline) {
            years.add(row.get("year").asInt());
            assertThat(row.propertyNames())
                    .startsWith("year")
                    .containsAll(json.get("graph").propertyNames())
                    .contains("groups");
        }
        assertThat(years).containsExactly(2019, 2020, 2021, 2022);
        assertThat(json.get("options").get("from").asInt()).isEqualTo(2019);
        assertThat(json.get("options").get("to").asInt()).isEqualTo(2022);
    }

    @Test
    void shouldWriteUndefinedValuesAsNull() throws IOException {
        Files.writeString(dir.resolve("nodes.csv"), "id\nalone\na\nb\n");
        Files.writeString(dir.resolve("edges.csv"), "source,target\na,b\n");

        CliRun run = CliRun.analyse("--input", dir.toString());
        JsonNode alone = run.json().get("nodes").get(1);

        assertThat(alone.get("id").asString()).isEqualTo("alone");
        assertThat(alone.get("constraint").isNull()).isTrue();
        assertThat(alone.get("effectiveSize").isNull()).isTrue();
        assertThat(run.out()).contains("\"constraint\" : null").doesNotContain("NaN");
    }

    @Test
    void shouldGiveTheSameBytesForTheSameInputAndOptions() {
        String[] args = {
            "--input",
            fixture("watts-strogatz-nodes.csv"),
            "--group-by",
            "group",
            "--timeline",
            "--from",
            "2020",
            "--to",
            "2021",
            "--permutations",
            "30"
        };

        assertThat(CliRun.analyse(args).out()).isEqualTo(CliRun.analyse(args).out());
    }

    @Test
    void shouldWriteOneCsvRowPerNodeWithMetricsBrokerageAndAttributes() {
        CliRun run =
                CliRun.analyse(
                        "--input",
                        fixture("watts-strogatz.gexf"),
                        "--group-by",
                        "group",
                        "--format",
                        "csv",
                        "--permutations",
                        "0");

        List<String> lines = run.out().lines().toList();
        assertThat(run.status()).isZero();
        assertThat(lines).hasSize(61);
        assertThat(lines.get(0))
                .isEqualTo(
                        "id,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,"
                                + "clustering,constraint,effectiveSize,community,"
                                + "brokerage.coordinator,brokerage.consultant,"
                                + "brokerage.gatekeeperRepresentative,brokerage.liaison,"
                                + "brokerage.total,attributes.group,attributes.label");
        assertThat(lines.get(1)).startsWith("0,");
        assertThat(lines.get(2)).startsWith("1,");
        assertThat(lines.get(3)).startsWith("10,");
    }

    @Test
    void shouldWriteOneCsvRowPerYearWithTheTimeline() {
        CliRun run =
                CliRun.analyse(
                        "--input",
                        fixture("dynamic.gexf"),
                        "--timeline",
                        "--group-by",
                        "sector",
                        "--format",
                        "csv",
                        "--permutations",
                        "0");

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0))
                .startsWith("year,nodes,edges,density,")
                .contains(",bridgeCount,articulationPointCount,", ",eiIndexNullModel.pValue,");
        assertThat(lines.get(1)).startsWith("2019,5,5,0.5,");
        assertThat(lines.get(4)).startsWith("2022,6,5,");
        // no permutations: the null model cells are empty
        assertThat(lines.get(1)).contains(",,,,");
    }

    private static JsonNode analyse(String... args) {
        CliRun run = CliRun.analyse(args);
        assertThat(run.status()).as(run.err()).isZero();
        return run.json();
    }

    private static String fixture(String name) {
        return CliRun.fixture(name).toString();
    }

    /** The ids of the metrics of one level, but one kept apart in the output. */
    private static List<String> ids(MetricLevel level, Metric apart) {
        List<String> ids = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metric.level() == level && metric != apart) {
                ids.add(metric.id());
            }
        }
        return ids;
    }
}
