package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.io.GraphFileReader;
import coop.maillage.network.Layer;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.SnapshotQuery;
import coop.maillage.network.StoreNetworkReader;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.privacy.Pseudonyms;
import coop.maillage.security.Role;
import coop.maillage.support.DatabaseIT;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The readers of {@code analyse --input} ({@link GraphFileReader}) read the exports back, and the
 * snapshot they cut for a year is the store's snapshot of that year: same actors, same ties, same
 * weights. For the whole history this holds year by year, active and cumulative, which checks every
 * interval of the export.
 */
class ExportReadersIT extends DatabaseIT {

    private static final int FIRST_YEAR = 2010;
    private static final int LAST_YEAR = 2026;

    @Autowired private DatasetService datasets;
    @Autowired private StoreNetworkReader store;
    @Autowired private Pseudonyms pseudonyms;
    @LocalServerPort private int port;
    @TempDir Path dir;

    private Downloads downloads;

    @BeforeEach
    void loadSeed() {
        datasets.loadSeed();
        downloads = new Downloads(port);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "graphml; collaborations,projects; false",
                "gexf; collaborations,projects; false",
                "csv; collaborations,projects; false",
                "gexf; collaborations,projects,workshops; true",
                "graphml; workshops; false",
                "csv; collaborations; true"
            })
    void shouldCutTheStoresSnapshotOfEveryYearFromTheHistory(
            String format, String layers, boolean withoutPole) {
        TemporalNetwork read =
                readBack(format, "?layers=" + layers + "&withoutPole=" + withoutPole);
        TemporalNetwork stored = store.read(null);
        UnaryOperator<String> exported = exportedIds(stored);

        Set<Layer> layerSet =
                Arrays.stream(layers.split(",")).map(Layer::fromName).collect(Collectors.toSet());
        int checked = 0;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (boolean cumulative : new boolean[] {false, true}) {
                SnapshotQuery query = new SnapshotQuery(year, cumulative, layerSet, withoutPole);
                Snapshot expected = SnapshotBuilder.build(stored, query);
                Snapshot actual = SnapshotBuilder.build(read, query);
                assertThat(vertices(actual.graph(), UnaryOperator.identity()))
                        .as("actors of %s", query)
                        .isEqualTo(vertices(expected.graph(), exported));
                assertThat(weights(actual.graph(), UnaryOperator.identity()))
                        .as("ties of %s", query)
                        .isEqualTo(weights(expected.graph(), exported));
                checked += expected.graph().edgeSet().size();
            }
        }
        assertThat(checked).as("ties compared over the years").isGreaterThan(100);
    }

    @ParameterizedTest
    @CsvSource({"graphml", "gexf", "csv"})
    void shouldReadASnapshotExportAsTheStoresSnapshotOfItsYear(String format) {
        TemporalNetwork read = readBack(format, "?year=2020&cumulative=true");
        TemporalNetwork stored = store.read(null);

        Snapshot expected = SnapshotBuilder.build(stored, SnapshotQuery.cumulativeTo(2020));
        // The export is not dated: any year's snapshot of it is the whole of it.
        Snapshot actual = SnapshotBuilder.build(read, SnapshotQuery.ofYear(1999));
        assertThat(vertices(actual.graph(), UnaryOperator.identity()))
                .isEqualTo(vertices(expected.graph(), exportedIds(stored)));
        assertThat(weights(actual.graph(), UnaryOperator.identity()))
                .isEqualTo(weights(expected.graph(), exportedIds(stored)));
        assertThat(actual.attribute("clusterjura", "degree"))
                .isEqualTo(String.valueOf(expected.graph().degreeOf("clusterjura")));
    }

    private TemporalNetwork readBack(String format, String query) {
        Downloads.Download download =
                downloads.get(Role.RESEARCHER, "/api/export/network." + format + query);
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        String extension = format.equals("csv") ? "zip" : format;
        return new GraphFileReader()
                .read(download.saveAs(dir.resolve("network-" + format + "." + extension)));
    }

    /** A person's id becomes its pseudonym in a researcher's export. */
    private UnaryOperator<String> exportedIds(TemporalNetwork stored) {
        Set<String> persons =
                stored.nodes().stream()
                        .filter(node -> "true".equals(node.attribute("person")))
                        .map(TemporalNode::id)
                        .collect(Collectors.toSet());
        return id -> persons.contains(id) ? pseudonyms.of(id) : id;
    }

    private static Set<String> vertices(
            Graph<String, DefaultWeightedEdge> graph, UnaryOperator<String> ids) {
        return graph.vertexSet().stream().map(ids).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Double> weights(
            Graph<String, DefaultWeightedEdge> graph, UnaryOperator<String> ids) {
        Map<String, Double> weights = new TreeMap<>();
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            String a = ids.apply(graph.getEdgeSource(edge));
            String b = ids.apply(graph.getEdgeTarget(edge));
            weights.put(a.compareTo(b) <= 0 ? a + " " + b : b + " " + a, graph.getEdgeWeight(edge));
        }
        return weights;
    }
}
