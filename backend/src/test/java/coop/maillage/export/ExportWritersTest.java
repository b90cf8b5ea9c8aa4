package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.io.GraphFileReader;
import coop.maillage.network.Interval;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writers on a small dated graph with awkward text: markup characters, quotes, a control
 * character XML cannot hold, non-ASCII. Each format is well-formed, keeps the text, and our readers
 * get the same nodes, ties and intervals back.
 */
class ExportWritersTest {

    private static final String AWKWARD = "Café « A & <B> » \"C\" 'D'\u0001 \uD83C\uDF3F";
    private static final String CLEAN = "Café « A & <B> » \"C\" 'D' \uD83C\uDF3F";

    private static final ExportGraph GRAPH =
            new ExportGraph(
                    true,
                    ordered("layers", "collaborations,projects", "pseudonymised", "true"),
                    List.of(
                            new ExportGraph.Node(
                                    "a&b",
                                    ordered("name", AWKWARD, "kind", "COMPANY", "person", "false"),
                                    Interval.ofYears(2010, null)),
                            new ExportGraph.Node(
                                    "c",
                                    ordered("name", "C", "kind", "ASSOCIATION"),
                                    Interval.ALWAYS),
                            new ExportGraph.Node(
                                    "p1",
                                    ordered("kind", "project", "jobs", "3"),
                                    Interval.ofYears(2012, 2014))),
                    List.of(
                            new ExportGraph.Edge(
                                    "a&b",
                                    "c",
                                    2.5,
                                    Map.of("layer", "collaborations"),
                                    List.of(
                                            Interval.ofYears(2011, 2012),
                                            Interval.ofYears(2015, null))),
                            new ExportGraph.Edge(
                                    "a&b",
                                    "c",
                                    1,
                                    Map.of("layer", "collaborations"),
                                    List.of(Interval.ofYears(2011, 2011))),
                            new ExportGraph.Edge(
                                    "a&b",
                                    "p1",
                                    1,
                                    Map.of("layer", "projects"),
                                    List.of(Interval.ofYears(2012, 2013)))));

    @ParameterizedTest
    @EnumSource(
            value = NetworkFormat.class,
            names = {"GRAPHML", "GEXF", "CSV"})
    void shouldBeReadBackByOurReadersWithEveryTieAndInterval(NetworkFormat format)
            throws IOException {
        byte[] bytes = write(format);

        TemporalNetwork read =
                new GraphFileReader()
                        .read(new ByteArrayInputStream(bytes), "x." + format.extension());

        assertThat(read.nodes()).extracting(TemporalNode::id).containsExactly("a&b", "c", "p1");
        // XML cannot hold the control character; CSV keeps it.
        assertThat(read.nodes().get(0).attribute("name"))
                .isEqualTo(format == NetworkFormat.CSV ? AWKWARD : CLEAN);
        assertThat(read.nodes().get(0).interval()).isEqualTo(Interval.ofYears(2010, null));
        assertThat(read.nodes().get(2).interval()).isEqualTo(Interval.ofYears(2012, 2014));
        assertThat(read.ties())
                .extracting(t -> t.target() + " " + t.weight() + " " + t.interval())
                .containsExactlyInAnyOrder(
                        "c 2.5 " + Interval.ofYears(2011, 2012),
                        "c 2.5 " + Interval.ofYears(2015, null),
                        "c 1.0 " + Interval.ofYears(2011, 2011),
                        "p1 1.0 " + Interval.ofYears(2012, 2013));
        assertThat(read.ties()).extracting(TemporalTie::layer).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(
            value = NetworkFormat.class,
            names = {"GRAPHML", "GEXF"})
    void shouldWriteWellFormedXmlInItsNamespace(NetworkFormat format) throws Exception {
        Document document = parse(write(format));

        String namespace =
                format == NetworkFormat.GEXF ? GexfWriter.NAMESPACE : GraphMlWriter.NAMESPACE;
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(namespace);
        assertThat(document.getElementsByTagNameNS(namespace, "node").getLength()).isEqualTo(3);
    }

    @Test
    void shouldWriteGexfSpellsOnlyForEdgesWithSeveralIntervals() throws Exception {
        Document document = parse(write(NetworkFormat.GEXF));

        var graph = document.getElementsByTagNameNS(GexfWriter.NAMESPACE, "graph").item(0);
        assertThat(graph.getAttributes().getNamedItem("mode").getNodeValue()).isEqualTo("dynamic");
        assertThat(graph.getAttributes().getNamedItem("timeformat").getNodeValue())
                .isEqualTo("date");
        assertThat(document.getElementsByTagNameNS(GexfWriter.NAMESPACE, "spell").getLength())
                .isEqualTo(2);
        var second = document.getElementsByTagNameNS(GexfWriter.NAMESPACE, "edge").item(1);
        assertThat(second.getAttributes().getNamedItem("start").getNodeValue())
                .isEqualTo("2011-01-01");
        assertThat(second.getAttributes().getNamedItem("end").getNodeValue())
                .isEqualTo("2011-12-31");
    }

    @Test
    void shouldWriteNodeLinkJsonWithTypesSpellsAndMultigraphKeys() throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(write(NetworkFormat.JSON));

        assertThat(json.get("directed").asBoolean()).isFalse();
        assertThat(json.get("multigraph").asBoolean()).isTrue();
        assertThat(json.get("graph").get("pseudonymised").isBoolean()).isTrue();
        JsonNode first = json.get("nodes").get(0);
        assertThat(first.get("name").asString()).isEqualTo(AWKWARD);
        assertThat(first.get("person").isBoolean()).isTrue();
        assertThat(first.get("from").asString()).isEqualTo("2010-01-01");
        assertThat(first.has("to")).isFalse();
        assertThat(json.get("nodes").get(2).get("jobs").isIntegralNumber()).isTrue();
        assertThat(json.get("links"))
                .extracting(l -> l.get("key").asInt())
                .containsExactly(0, 1, 0);
        assertThat(json.get("links").get(0).get("spells").toString())
                .isEqualTo("[[\"2011-01-01\",\"2012-12-31\"],[\"2015-01-01\",null]]");
    }

    @Test
    void shouldWriteTheSameBytesForTheSameGraph() throws IOException {
        for (NetworkFormat format : NetworkFormat.values()) {
            assertThat(write(format)).as(format.name()).isEqualTo(write(format));
        }
    }

    @Test
    void shouldQuoteCsvCellsAsRfc4180Says() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvGraphWriter.writeNodes(GRAPH, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("id,name,kind,person,jobs,from,to");
        assertThat(csv)
                .contains(
                        "a&b,\""
                                + AWKWARD.replace("\"", "\"\"")
                                + "\",COMPANY,false,,2010-01-01,\r\n");
    }

    private static byte[] write(NetworkFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(GRAPH, out);
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
