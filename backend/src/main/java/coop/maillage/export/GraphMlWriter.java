package coop.maillage.export;

import coop.maillage.network.Interval;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes an {@link ExportGraph} as GraphML (Brandes et al., "GraphML Progress Report", Graph
 * Drawing 2001), undirected. Each attribute is a typed {@code <key>}; graph-level facts (year,
 * layers…) are graph keys. GraphML has no time model: a dated node or edge carries {@code
 * from}/{@code to} keys (ISO dates, absent for an open end), the convention of {@code analyse
 * --input}; an edge active in several disjoint intervals is written once per interval, so readers
 * see parallel edges.
 */
final class GraphMlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA = NAMESPACE + " " + NAMESPACE + "/1.0/graphml.xsd";

    private final ExportGraph graph;
    private final XmlOutput xml;
    private final Map<String, String> graphKeys = new LinkedHashMap<>();
    private final Map<String, String> nodeKeys = new LinkedHashMap<>();
    private final Map<String, String> edgeKeys = new LinkedHashMap<>();

    private GraphMlWriter(ExportGraph graph, XmlOutput xml) {
        this.graph = graph;
        this.xml = xml;
    }

    static void write(ExportGraph graph, OutputStream out) throws IOException {
        try {
            new GraphMlWriter(graph, XmlOutput.open(out)).write();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private void write() throws XMLStreamException {
        xml.start("graphml").namespace(NAMESPACE).schemaLocation(SCHEMA);
        declareKeys();
        xml.start("graph").attribute("id", "maillage").attribute("edgedefault", "undirected");
        for (Map.Entry<String, String> property : graph.properties().entrySet()) {
            xml.data("data", "key", graphKeys.get(property.getKey()), property.getValue());
        }
        for (ExportGraph.Node node : graph.nodes()) {
            writeNode(node);
        }
        int edgeId = 0;
        for (ExportGraph.Edge edge : graph.edges()) {
            for (Interval spell : edge.spells()) {
                writeEdge("e" + edgeId++, edge, spell);
            }
        }
        xml.end(true).end(true).finish();
    }

    private void declareKeys() throws XMLStreamException {
        int next = 0;
        for (String name : graph.properties().keySet()) {
            next = declare(graphKeys, "graph", name, AttributeType.of(name), next);
        }
        for (String name : graph.nodeKeys()) {
            next = declare(nodeKeys, "node", name, AttributeType.of(name), next);
        }
        next = declare(edgeKeys, "edge", "weight", AttributeType.DOUBLE, next);
        for (String name : graph.edgeKeys()) {
            next = declare(edgeKeys, "edge", name, AttributeType.of(name), next);
        }
        if (graph.dynamic()) {
            for (String time : List.of("from", "to")) {
                next = declare(nodeKeys, "node", time, AttributeType.STRING, next);
                next = declare(edgeKeys, "edge", time, AttributeType.STRING, next);
            }
        }
    }

    private int declare(
            Map<String, String> keys, String domain, String name, AttributeType type, int next)
            throws XMLStreamException {
        String id = "d" + next;
        keys.put(name, id);
        xml.empty("key")
                .attribute("id", id)
                .attribute("for", domain)
                .attribute("attr.name", name)
                .attribute("attr.type", type.graphml());
        return next + 1;
    }

    private void writeNode(ExportGraph.Node node) throws XMLStreamException {
        xml.start("node").attribute("id", node.id());
        for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
            xml.data("data", "key", nodeKeys.get(attribute.getKey()), attribute.getValue());
        }
        writeInterval(nodeKeys, node.interval());
        xml.end(true);
    }

    private void writeEdge(String id, ExportGraph.Edge edge, Interval spell)
            throws XMLStreamException {
        xml.start("edge")
                .attribute("id", id)
                .attribute("source", edge.source())
                .attribute("target", edge.target());
        xml.data("data", "key", edgeKeys.get("weight"), Numbers.text(edge.weight()));
        for (Map.Entry<String, String> attribute : edge.attributes().entrySet()) {
            xml.data("data", "key", edgeKeys.get(attribute.getKey()), attribute.getValue());
        }
        writeInterval(edgeKeys, spell);
        xml.end(true);
    }

    private void writeInterval(Map<String, String> keys, Interval interval)
            throws XMLStreamException {
        if (interval.from() != null) {
            xml.data("data", "key", keys.get("from"), interval.from().toString());
        }
        if (interval.to() != null) {
            xml.data("data", "key", keys.get("to"), interval.to().toString());
        }
    }
}
