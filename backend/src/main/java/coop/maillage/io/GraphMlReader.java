package coop.maillage.io;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import coop.maillage.network.Interval;
import coop.maillage.network.TemporalNetwork;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GraphML (Brandes et al., "GraphML Progress Report", Graph Drawing 2001; the format of yEd,
 * networkx, igraph and Gephi). Attributes are the {@code <data>} of each {@code <node>} and {@code
 * <edge>}, named by the {@code attr.name} of their {@code <key>} (or its id when it has no name),
 * with the key's {@code <default>} when absent. Node attributes {@code from}/{@code to} (or {@code
 * start}/{@code end}) give the time axis, and so do edge attributes; the edge attribute {@code
 * weight} gives the weight. The graph is read as undirected whatever its {@code edgedefault};
 * hyperedges and nested graphs are refused.
 */
final class GraphMlReader {

    private final String file;
    private final XMLStreamReader xml;
    private final NetworkCollector collector;
    private final Map<String, Key> keys = new HashMap<>();

    private GraphMlReader(InputStream in, String file, int maxNodes) {
        this.file = file;
        this.xml = SecureXml.open(in, file);
        this.collector = new NetworkCollector(maxNodes);
    }

    /** Reads the GraphML document in {@code in}, named {@code file} in messages. */
    static TemporalNetwork read(InputStream in, String file, int maxNodes) {
        GraphMlReader reader = new GraphMlReader(in, file, maxNodes);
        try {
            return reader.read();
        } finally {
            reader.close();
        }
    }

    private TemporalNetwork read() {
        SecureXml.expectRoot(xml, file, "graphml", "GraphML");
        boolean inGraph = false;
        for (int event = next(); event != END_DOCUMENT; event = next()) {
            if (event != START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "key" -> readKey();
                case "graph" -> inGraph = checkNotNested(inGraph);
                case "node" -> readNode();
                case "edge" -> readEdge();
                case "hyperedge" ->
                        throw place().error(
                                        "hyperedges are not supported",
                                        "replace each hyperedge by edges between its nodes");
                default -> {
                    // graphml, desc, data of the graph itself: nothing to keep
                }
            }
        }
        return collector.build(
                " declared by a <node> of " + file, "declare it with a <node> element");
    }

    private boolean checkNotNested(boolean inGraph) {
        if (inGraph) {
            throw place().error(
                            "nested graphs are not supported",
                            "flatten the graph before reading it");
        }
        return true;
    }

    private void readKey() {
        String id = SecureXml.required(xml, file, "id", "<key id=\"d0\" attr.name=\"name\">");
        String name = SecureXml.attribute(xml, "attr.name");
        String domain = SecureXml.attribute(xml, "for");
        String fallback = null;
        for (int event = next(); event != END_ELEMENT; event = next()) {
            if (event == START_ELEMENT) {
                if (xml.getLocalName().equals("default")) {
                    fallback = SecureXml.elementText(xml, file);
                } else {
                    SecureXml.skipElement(xml, file);
                }
            }
        }
        keys.put(id, new Key(name == null ? id : name, domain == null ? "all" : domain, fallback));
    }

    private void readNode() {
        Place place = place();
        String id = SecureXml.attribute(xml, "id");
        Map<String, String> attributes = readData("node");
        Interval interval = Values.takeInterval(attributes, place);
        collector.addNode(place, id, attributes, interval);
    }

    private void readEdge() {
        Place place = place();
        String source = SecureXml.attribute(xml, "source");
        String target = SecureXml.attribute(xml, "target");
        Map<String, String> attributes = readData("edge");
        Interval interval = Values.takeInterval(attributes, place);
        double weight = Values.weight(attributes.get(Values.WEIGHT), place);
        collector.addEdge(place, source, target, weight, List.of(interval));
    }

    /** The defaults of the keys for {@code domain}, overridden by the element's own data. */
    private Map<String, String> readData(String domain) {
        Map<String, String> attributes = new LinkedHashMap<>();
        keys.values().stream()
                .filter(key -> key.fallback != null && key.appliesTo(domain))
                .forEach(key -> attributes.put(key.name, key.fallback));
        for (int event = next(); event != END_ELEMENT; event = next()) {
            if (event != START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "data" -> {
                    String keyId = SecureXml.required(xml, file, "key", "<data key=\"d0\">");
                    Key key = keys.get(keyId);
                    attributes.put(key == null ? keyId : key.name, dataText());
                }
                case "graph" ->
                        throw place().error(
                                        "nested graphs are not supported",
                                        "flatten the graph before reading it");
                default -> SecureXml.skipElement(xml, file);
            }
        }
        return attributes;
    }

    /** The text of a {@code <data>} element; yEd puts drawing elements there, which are skipped. */
    private String dataText() {
        StringBuilder text = new StringBuilder();
        for (int event = next(); event != END_ELEMENT; event = next()) {
            if (event == START_ELEMENT) {
                SecureXml.skipElement(xml, file);
            } else if (event == CHARACTERS || event == CDATA || event == SPACE) {
                text.append(xml.getText());
            }
        }
        return text.toString().trim();
    }

    private int next() {
        return SecureXml.next(xml, file);
    }

    private Place place() {
        return SecureXml.place(xml, file);
    }

    private void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing releases parser state only; the stream belongs to the caller
        }
    }

    private record Key(String name, String domain, String fallback) {
        boolean appliesTo(String element) {
            return domain.equals("all") || domain.equals(element);
        }
    }
}
