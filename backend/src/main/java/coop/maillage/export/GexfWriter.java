package coop.maillage.export;

import coop.maillage.network.Interval;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;

/**
 * Writes an {@link ExportGraph} as GEXF 1.3 (gexf.net; the format of Gephi), undirected. A snapshot
 * is a {@code static} graph. The whole history is a {@code dynamic} graph with {@code
 * timeformat="date"}: a node's interval is its {@code start}/{@code end} (ISO dates, absent for an
 * open end), an edge active in one interval has it as {@code start}/{@code end} and one active in
 * several disjoint intervals has {@code <spells>}, so that Gephi's timeline plays the years. The
 * node label is the name; graph-level facts go into the description of {@code <meta>}.
 */
final class GexfWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";
    private static final String SCHEMA = NAMESPACE + " " + NAMESPACE + "/gexf.xsd";

    private final ExportGraph graph;
    private final XmlOutput xml;

    private GexfWriter(ExportGraph graph, XmlOutput xml) {
        this.graph = graph;
        this.xml = xml;
    }

    static void write(ExportGraph graph, OutputStream out) throws IOException {
        try {
            new GexfWriter(graph, XmlOutput.open(out)).write();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private void write() throws XMLStreamException {
        xml.start("gexf").namespace(NAMESPACE).schemaLocation(SCHEMA).attribute("version", "1.3");
        xml.start("meta");
        xml.textElement("creator", "Maillage");
        xml.textElement("description", description());
        xml.end(true);
        xml.start("graph")
                .attribute("mode", graph.dynamic() ? "dynamic" : "static")
                .attribute("defaultedgetype", "undirected");
        if (graph.dynamic()) {
            xml.attribute("timeformat", "date").attribute("timerepresentation", "interval");
        }
        declare("node", graph.nodeKeys());
        declare("edge", graph.edgeKeys());
        xml.start("nodes");
        for (ExportGraph.Node node : graph.nodes()) {
            writeNode(node);
        }
        xml.end(true).start("edges");
        int edgeId = 0;
        for (ExportGraph.Edge edge : graph.edges()) {
            writeEdge(Integer.toString(edgeId++), edge);
        }
        xml.end(true).end(true).end(true).finish();
    }

    private String description() {
        return "Maillage cooperation network; "
                + graph.properties().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "));
    }

    private void declare(String attributeClass, List<String> names) throws XMLStreamException {
        if (names.isEmpty()) {
            return;
        }
        xml.start("attributes").attribute("class", attributeClass).attribute("mode", "static");
        for (String name : names) {
            xml.empty("attribute")
                    .attribute("id", name)
                    .attribute("title", name)
                    .attribute("type", AttributeType.of(name).gexf());
        }
        xml.end(true);
    }

    private void writeNode(ExportGraph.Node node) throws XMLStreamException {
        xml.start("node")
                .attribute("id", node.id())
                .attribute("label", node.attributes().getOrDefault("name", node.id()));
        writeInterval(node.interval());
        writeValues(node.attributes());
        xml.end(!node.attributes().isEmpty());
    }

    private void writeEdge(String id, ExportGraph.Edge edge) throws XMLStreamException {
        xml.start("edge")
                .attribute("id", id)
                .attribute("source", edge.source())
                .attribute("target", edge.target())
                .attribute("weight", Numbers.text(edge.weight()));
        List<Interval> spells = edge.spells();
        boolean several = spells.size() > 1;
        if (graph.dynamic() && !several) {
            writeInterval(spells.get(0));
        }
        writeValues(edge.attributes());
        if (graph.dynamic() && several) {
            xml.start("spells");
            for (Interval spell : spells) {
                xml.empty("spell");
                writeInterval(spell);
            }
            xml.end(true);
        }
        xml.end(several || !edge.attributes().isEmpty());
    }

    private void writeInterval(Interval interval) throws XMLStreamException {
        if (interval.from() != null) {
            xml.attribute("start", interval.from().toString());
        }
        if (interval.to() != null) {
            xml.attribute("end", interval.to().toString());
        }
    }

    private void writeValues(Map<String, String> values) throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        xml.start("attvalues");
        for (Map.Entry<String, String> value : values.entrySet()) {
            xml.empty("attvalue")
                    .attribute("for", value.getKey())
                    .attribute("value", value.getValue());
        }
        xml.end(true);
    }
}
