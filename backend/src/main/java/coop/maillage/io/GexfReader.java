package coop.maillage.io;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import coop.maillage.network.Interval;
import coop.maillage.network.TemporalNetwork;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GEXF 1.1 to 1.3 (the Gephi format, gexf.net). Node attributes are the {@code <attvalue>} of
 * each node, named by the {@code title} of their {@code <attribute>} (with its {@code <default>}
 * when absent), plus the node's {@code label}. Time comes from the native {@code start}/{@code end}
 * attributes of {@code <node>} and {@code <edge>} ({@code startopen}/{@code endopen} alike), from
 * attributes titled {@code from}/{@code to}/{@code start}/{@code end}, or from {@code <spells>}: an
 * edge with several spells becomes one tie per spell; a node, which has one interval, spans from
 * its first spell's start to its last spell's end. Whatever the {@code timeformat} (integer, long,
 * double, date, dateTime), values are read by {@link TimeText}: numbers are years. The {@code
 * weight} attribute of an edge gives its weight. A dynamic attribute with several values keeps the
 * last one written. Edges are read as undirected.
 */
final class GexfReader {

    private final String file;
    private final XMLStreamReader xml;
    private final NetworkCollector collector;
    private final Map<String, Attribute> attributes = new HashMap<>();

    private GexfReader(InputStream in, String file, int maxNodes) {
        this.file = file;
        this.xml = SecureXml.open(in, file);
        this.collector = new NetworkCollector(maxNodes);
    }

    /** Reads the GEXF document in {@code in}, named {@code file} in messages. */
    static TemporalNetwork read(InputStream in, String file, int maxNodes) {
        GexfReader reader = new GexfReader(in, file, maxNodes);
        try {
            return reader.read();
        } finally {
            reader.close();
        }
    }

    private TemporalNetwork read() {
        SecureXml.expectRoot(xml, file, "gexf", "GEXF");
        String attributeClass = "node";
        for (int event = next(); event != END_DOCUMENT; event = next()) {
            if (event != START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "attributes" ->
                        attributeClass =
                                SecureXml.required(
                                        xml, file, "class", "<attributes class=\"node\">");
                case "attribute" -> readAttribute(attributeClass);
                case "node" -> readNode();
                case "edge" -> readEdge();
                default -> {
                    // gexf, meta, graph, nodes, edges: containers or nothing to keep
                }
            }
        }
        return collector.build(
                " declared by a <node> of " + file, "declare it with a <node> element");
    }

    private void readAttribute(String attributeClass) {
        String id = SecureXml.required(xml, file, "id", "<attribute id=\"0\" title=\"name\">");
        String title = SecureXml.attribute(xml, "title");
        String fallback = null;
        for (int event = next(); event != END_ELEMENT; event = next()) {
            if (event == START_ELEMENT) {
                if (xml.getLocalName().equals("default")) {
                    fallback = SecureXml.elementText(xml, file).trim();
                } else {
                    SecureXml.skipElement(xml, file);
                }
            }
        }
        String name = title == null ? id : title;
        attributes.put(attributeClass + ":" + id, new Attribute(attributeClass, name, fallback));
    }

    private void readNode() {
        Place place = place();
        String id = SecureXml.attribute(xml, "id");
        String label = SecureXml.attribute(xml, "label");
        Element element = readElement("node", place);
        if (label != null) {
            element.values.putIfAbsent("label", label);
        }
        Interval interval = Values.takeInterval(element.values, place);
        if (!element.spells.isEmpty()) {
            interval = hull(element.spells);
        }
        collector.addNode(place, id, element.values, interval);
    }

    private void readEdge() {
        Place place = place();
        String source = SecureXml.attribute(xml, "source");
        String target = SecureXml.attribute(xml, "target");
        String weightText = SecureXml.attribute(xml, Values.WEIGHT);
        Element element = readElement("edge", place);
        double weight =
                Values.weight(
                        weightText != null ? weightText : element.values.get(Values.WEIGHT), place);
        Interval interval = Values.takeInterval(element.values, place);
        List<Interval> intervals = element.spells.isEmpty() ? List.of(interval) : element.spells;
        collector.addEdge(place, source, target, weight, intervals);
    }

    /** The attribute values and spells of the current node or edge, with its native time. */
    private Element readElement(String attributeClass, Place place) {
        Map<String, String> values = new LinkedHashMap<>();
        attributes.values().stream()
                .filter(attribute -> attribute.fallback != null)
                .filter(attribute -> attribute.attributeClass.equals(attributeClass))
                .forEach(attribute -> values.put(attribute.name, attribute.fallback));
        String start = firstOf("start", "startopen");
        String end = firstOf("end", "endopen");
        List<Interval> spells = new ArrayList<>();
        for (int event = next(); !isEnd(event, attributeClass); event = next()) {
            if (event != START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "attvalues", "spells" -> {
                    // containers of the elements below
                }
                case "attvalue" -> readValue(attributeClass, values);
                case "spell" -> spells.add(readSpell());
                case "nodes" ->
                        throw place().error(
                                        "nested nodes (hierarchical graphs) are not supported",
                                        "flatten the graph before reading it");
                default -> SecureXml.skipElement(xml, file);
            }
        }
        if (start != null) {
            values.put("start", start);
        }
        if (end != null) {
            values.put("end", end);
        }
        return new Element(values, spells);
    }

    private void readValue(String attributeClass, Map<String, String> values) {
        String ref = SecureXml.attribute(xml, "for");
        if (ref == null) {
            ref = SecureXml.attribute(xml, "id");
        }
        if (ref == null) {
            ref = SecureXml.required(xml, file, "for", "<attvalue for=\"0\" value=\"…\">");
        }
        Attribute attribute = attributes.get(attributeClass + ":" + ref);
        String value = SecureXml.required(xml, file, "value", "<attvalue for=\"0\" value=\"…\">");
        values.put(attribute == null ? ref : attribute.name, value);
        SecureXml.skipElement(xml, file);
    }

    private Interval readSpell() {
        Place place = place();
        String start = firstOf("start", "startopen");
        String end = firstOf("end", "endopen");
        SecureXml.skipElement(xml, file);
        return Values.interval(start, end, place);
    }

    /** Whether {@code event} ends the node or edge being read (the containers end before it). */
    private boolean isEnd(int event, String element) {
        return event == END_ELEMENT && xml.getLocalName().equals(element);
    }

    private String firstOf(String name, String alternative) {
        String value = SecureXml.attribute(xml, name);
        return value != null ? value : SecureXml.attribute(xml, alternative);
    }

    /** The smallest interval holding every spell; an open end in any spell stays open. */
    private static Interval hull(List<Interval> spells) {
        LocalDate from = spells.get(0).from();
        LocalDate to = spells.get(0).to();
        for (Interval spell : spells) {
            from = from == null || spell.from() == null ? null : min(from, spell.from());
            to = to == null || spell.to() == null ? null : max(to, spell.to());
        }
        return new Interval(from, to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
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

    private record Attribute(String attributeClass, String name, String fallback) {}

    private record Element(Map<String, String> values, List<Interval> spells) {}
}
