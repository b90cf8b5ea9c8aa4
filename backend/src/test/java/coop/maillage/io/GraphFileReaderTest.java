package coop.maillage.io;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.network.Interval;
import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.SnapshotQuery;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFileReaderTest {

    /** The network of the hand-made {@code io/small*} files, built by hand. */
    static final TemporalNetwork SMALL =
            new TemporalNetwork(
                    List.of(
                            new TemporalNode(
                                    "pole",
                                    NodeMode.ACTOR,
                                    Map.of(
                                            "name",
                                            "Clus'Ter Jura",
                                            "kind",
                                            "POLE",
                                            "sector",
                                            "ESS"),
                                    new Interval(LocalDate.of(2015, 1, 1), null)),
                            new TemporalNode(
                                    "a",
                                    NodeMode.ACTOR,
                                    Map.of(
                                            "name", "Atelier Bois",
                                            "kind", "COMPANY",
                                            "sector", "ENTREPRISE"),
                                    new Interval(
                                            LocalDate.of(2018, 3, 1), LocalDate.of(2021, 12, 31))),
                            new TemporalNode(
                                    "b",
                                    NodeMode.ACTOR,
                                    Map.of(
                                            "name", "Commune de Lons",
                                            "kind", "LOCAL_GOVERNMENT",
                                            "sector", "PUBLIC"),
                                    Interval.ofYears(2019, null)),
                            new TemporalNode(
                                    "p1",
                                    NodeMode.PROJECT,
                                    Map.of("name", "Recyclerie", "kind", "project"),
                                    Interval.ofYears(2019, 2020)),
                            new TemporalNode(
                                    "w1",
                                    NodeMode.EVENT,
                                    Map.of("name", "Défi créatif", "kind", "Workshop"),
                                    day(2019, 5, 14))),
                    List.of(
                            new TemporalTie(
                                    "a",
                                    "b",
                                    Layer.COLLABORATIONS,
                                    2,
                                    Interval.ofYears(2019, null)),
                            new TemporalTie("pole", "a", Layer.COLLABORATIONS, 1, Interval.ALWAYS),
                            new TemporalTie(
                                    "a", "p1", Layer.PROJECTS, 1, Interval.ofYears(2019, null)),
                            new TemporalTie(
                                    "b",
                                    "p1",
                                    Layer.PROJECTS,
                                    1,
                                    new Interval(LocalDate.of(2019, 6, 1), null)),
                            new TemporalTie("a", "w1", Layer.WORKSHOPS, 1, Interval.ALWAYS),
                            new TemporalTie("b", "w1", Layer.WORKSHOPS, 1, day(2019, 5, 14))),
                    "pole");

    private final GraphFileReader reader = new GraphFileReader();

    @TempDir Path dir;

    @Test
    void shouldReadTheSameNetworkFromCsvGraphMlAndGexf() throws Exception {
        assertThat(reader.read(resource("small/nodes.csv"))).isEqualTo(SMALL);
        assertThat(reader.read(resource("small.graphml"))).isEqualTo(SMALL);
        assertThat(reader.read(resource("small.gexf"))).isEqualTo(SMALL);
    }

    @Test
    void shouldFindTheNodesFileBesideTheEdgesFileAndReadADirectory() throws Exception {
        assertThat(reader.read(resource("small/edges.csv"))).isEqualTo(SMALL);
        assertThat(reader.read(resource("small"))).isEqualTo(SMALL);
        assertThat(reader.read(resource("small/nodes.csv"), resource("small/edges.csv")))
                .isEqualTo(SMALL);
    }

    @Test
    void shouldPairPrefixedNodesAndEdgesFiles() throws Exception {
        Files.copy(resource("small/nodes.csv"), dir.resolve("jura-nodes.csv"));
        Files.copy(resource("small/edges.csv"), dir.resolve("jura-edges.csv"));

        assertThat(reader.read(dir.resolve("jura-nodes.csv"))).isEqualTo(SMALL);
    }

    @Test
    void shouldReadSemicolonsAndAByteOrderMark() throws Exception {
        for (String file : List.of("nodes.csv", "edges.csv")) {
            String text = Files.readString(resource("small/" + file)).replace(',', ';');
            Files.writeString(dir.resolve(file), "\uFEFF" + text.replace("\n", "\r\n"));
        }

        assertThat(reader.read(dir.resolve("nodes.csv"))).isEqualTo(SMALL);
    }

    @Test
    void shouldReadAZipHoldingAFolder() throws Exception {
        Path zip = dir.resolve("jura.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String file : List.of("nodes.csv", "edges.csv")) {
                out.putNextEntry(new ZipEntry("jura/" + file));
                out.write(Files.readAllBytes(resource("small/" + file)));
            }
        }

        assertThat(reader.read(zip)).isEqualTo(SMALL);
    }

    @Test
    void shouldReadAStreamByItsFileName() throws Exception {
        try (var in = Files.newInputStream(resource("small.gexf"))) {
            assertThat(reader.read(in, "upload.gexf")).isEqualTo(SMALL);
        }
    }

    @Test
    void shouldMakeOneTiePerSpellOfANetworkxDynamicGexf() throws Exception {
        TemporalNetwork network = reader.read(resource("dynamic-spells.gexf"));

        assertThat(network.nodes())
                .extracting(TemporalNode::interval)
                .containsExactly(
                        Interval.ofYears(2018, null),
                        Interval.ofYears(2019, 2022),
                        Interval.ALWAYS);
        assertThat(network.ties())
                .containsExactly(
                        new TemporalTie(
                                "a", "b", Layer.COLLABORATIONS, 2, Interval.ofYears(2019, 2019)),
                        new TemporalTie(
                                "a", "b", Layer.COLLABORATIONS, 2, Interval.ofYears(2021, 2022)),
                        new TemporalTie(
                                "b", "c", Layer.COLLABORATIONS, 1, Interval.ofYears(2020, null)));
        assertThat(network.nodes().get(0).attributes())
                .containsEntry("sector", "ESS")
                .containsEntry("label", "a");
    }

    @Test
    void shouldReadDecimalYearsAndSpanNodeSpells() throws Exception {
        Path gexf =
                write(
                        "double.gexf",
                        """
                        <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
                          <graph mode="dynamic" timeformat="double">
                            <nodes>
                              <node id="a" label="A">
                                <spells>
                                  <spell start="2016.0" end="2017.0"/>
                                  <spell start="2019.5" end="2020.0"/>
                                </spells>
                              </node>
                              <node id="b" label="B" start="2018.0" end="Infinity"/>
                            </nodes>
                            <edges><edge source="a" target="b" start="2019.0" end="2019.0"/></edges>
                          </graph>
                        </gexf>
                        """);

        TemporalNetwork network = reader.read(gexf);

        assertThat(network.nodes())
                .extracting(TemporalNode::interval)
                .containsExactly(Interval.ofYears(2016, 2020), Interval.ofYears(2018, null));
        assertThat(network.ties())
                .extracting(TemporalTie::interval)
                .containsExactly(Interval.ofYears(2019, 2019));
    }

    @Test
    void shouldAcceptSelfLoopsAndRepeatedEdges() throws Exception {
        write("nodes.csv", "id\na\nb\n");
        write("edges.csv", "source,target\na,a\na,b\nb,a\n");

        TemporalNetwork network = reader.read(dir.resolve("nodes.csv"));

        assertThat(network.ties())
                .extracting(tie -> tie.source() + "-" + tie.target())
                .containsExactly("a-a", "a-b", "b-a");
        Graph<String, DefaultWeightedEdge> graph =
                SnapshotBuilder.build(network, SnapshotQuery.ofYear(2020)).graph();
        assertThat(graph.edgeSet()).hasSize(1);
        assertThat(graph.getEdgeWeight(graph.getEdge("a", "b"))).isEqualTo(2.0);
    }

    @Test
    void shouldLeaveOutEdgesJoiningNoActor() throws Exception {
        write("nodes.csv", "id,kind\na,\np,PROJECT\ne,event\n");
        write("edges.csv", "source,target\na,p\np,e\ne,a\n");

        TemporalNetwork network = reader.read(dir.resolve("nodes.csv"));

        assertThat(network.nodes())
                .extracting(TemporalNode::mode)
                .containsExactly(NodeMode.ACTOR, NodeMode.PROJECT, NodeMode.EVENT);
        assertThat(network.ties())
                .extracting(TemporalTie::layer)
                .containsExactly(Layer.PROJECTS, Layer.WORKSHOPS);
    }

    @Test
    void shouldKeepEveryOtherNodeColumnAndUseKeyIdsWithoutNames() throws Exception {
        Path graphml =
                write(
                        "keys.graphml",
                        """
                        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                          <key id="college" for="node"><default>none</default></key>
                          <key id="d1" for="all" attr.name="commune"/>
                          <graph edgedefault="undirected">
                            <node id="a"><data key="college">C1</data></node>
                            <node id="b"><data key="d1">Lons</data><data key="x">y</data></node>
                          </graph>
                        </graphml>
                        """);

        TemporalNetwork network = reader.read(graphml);

        assertThat(network.nodes().get(0).attributes()).isEqualTo(Map.of("college", "C1"));
        assertThat(network.nodes().get(1).attributes())
                .isEqualTo(Map.of("college", "none", "commune", "Lons", "x", "y"));
        assertThat(network.poleId()).isNull();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(GraphFileReaderTest.class.getResource("/io/" + name).toURI());
    }

    private Path write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return path;
    }

    private static Interval day(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return new Interval(date, date);
    }
}
