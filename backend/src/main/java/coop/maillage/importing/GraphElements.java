package coop.maillage.importing;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import coop.maillage.io.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The nodes and edges of a GraphML or GEXF file, one at a time, with their attributes by name
 * (GraphML {@code <key attr.name>}, GEXF {@code <attribute title>}, with their defaults), GEXF's
 * {@code label}, native {@code start}/{@code end} (or {@code startopen}/{@code endopen}), edge
 * {@code weight} and {@code kind}, and {@code <spells>}. The XML is read with StAX without DTDs or
 * external entities (OWASP XXE prevention); a document type declaration is refused.
 */
final class GraphElements implements AutoCloseable {

    /** A node or an edge. */
    record Element(
            boolean node,
            long line,
            String id,
            String source,
            String target,
            Map<String, String> attributes,
            List<String[]> spells) {}

    private final InputStream in;
    private final XMLStreamReader xml;
    private final boolean gexf;
    private final Map<String, String[]> keys = new HashMap<>();
    private String attributeClass = "node";

    GraphElements(Path file, boolean gexf) throws IOException {
        this.in = Files.newInputStream(file);
        this.gexf = gexf;
        try {
            this.xml = SecureXml.factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            in.close();
            throw malformed(e);
        }
    }

    /** The next node or edge, or null at the end of the document. */
    Element next() {
        for (int event = advance(); event != END_DOCUMENT; event = advance()) {
            if (event != START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "key" -> readKey("for", "id", "attr.name");
                case "attributes" -> attributeClass = valueOr(attribute("class"), "node");
                case "attribute" -> readKey(null, "id", "title");
                case "node" -> {
                    return element(true);
                }
                case "edge" -> {
                    return element(false);
                }
                default -> {
                    // graphml, gexf, graph, nodes, edges, meta: containers or nothing to keep
                }
            }
        }
        return null;
    }

    private void readKey(String domainAttribute, String idAttribute, String nameAttribute) {
        String domain =
                domainAttribute == null
                        ? attributeClass
                        : valueOr(attribute(domainAttribute), "all");
        String id = attribute(idAttribute);
        String name = valueOr(attribute(nameAttribute), id);
        if (name == null) {
            throw new TableException(
                    xml.getLocation().getLineNumber(),
                    "an attribute declaration has neither "
                            + idAttribute
                            + " nor "
                            + nameAttribute
                            + "; give it both");
        }
        String fallback = null;
        for (int event = advance(); event != END_ELEMENT; event = advance()) {
            if (event == START_ELEMENT) {
                if (xml.getLocalName().equals("default")) {
                    fallback = text();
                } else {
                    skip();
                }
            }
        }
        keys.put(domain + ":" + id, new String[] {name, fallback, domain});
    }

    private Element element(boolean node) {
        String kind = node ? "node" : "edge";
        long line = Math.max(0, xml.getLocation().getLineNumber());
        Map<String, String> values = new LinkedHashMap<>();
        keys.values().stream()
                .filter(key -> key[1] != null && (key[2].equals("all") || key[2].equals(kind)))
                .forEach(key -> values.put(key[0], key[1]));
        String id = attribute("id");
        String source = attribute("source");
        String target = attribute("target");
        for (String name : List.of("label", "weight", "kind")) {
            if (gexf && attribute(name) != null && !(node && name.equals("weight"))) {
                values.put(name, attribute(name));
            }
        }
        String start = valueOr(attribute("start"), attribute("startopen"));
        String end = valueOr(attribute("end"), attribute("endopen"));
        List<String[]> spells = new ArrayList<>();
        for (int event = advance();
                !(event == END_ELEMENT && xml.getLocalName().equals(kind));
                event = advance()) {
            if (event != START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "data" -> values.put(name(kind, attribute("key")), text());
                case "attvalue" -> {
                    String ref = valueOr(attribute("for"), attribute("id"));
                    values.put(name(kind, ref), valueOr(attribute("value"), ""));
                    skip();
                }
                case "spell" -> {
                    spells.add(
                            new String[] {
                                valueOr(attribute("start"), attribute("startopen")),
                                valueOr(attribute("end"), attribute("endopen"))
                            });
                    skip();
                }
                case "attvalues", "spells" -> {
                    // containers of the elements above
                }
                case "graph", "nodes" ->
                        throw new TableException(
                                xml.getLocation().getLineNumber(),
                                "nested graphs are not supported; flatten the graph first");
                default -> skip();
            }
        }
        if (start != null) {
            values.put("start", start);
        }
        if (end != null) {
            values.put("end", end);
        }
        return new Element(node, line, id, source, target, values, spells);
    }

    private String name(String kind, String ref) {
        String[] key = keys.get(kind + ":" + ref);
        if (key == null) {
            key = keys.get("all:" + ref);
        }
        return key == null ? String.valueOf(ref) : key[0];
    }

    /** The text of the current element; elements inside it (yEd's drawings) are skipped. */
    private String text() {
        StringBuilder text = new StringBuilder();
        for (int event = advance(); event != END_ELEMENT; event = advance()) {
            if (event == START_ELEMENT) {
                skip();
            } else if (event == CHARACTERS || event == CDATA) {
                text.append(xml.getText());
            }
        }
        return text.toString().strip();
    }

    private void skip() {
        for (int depth = 1; depth > 0; ) {
            int event = advance();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
    }

    private int advance() {
        try {
            int event = xml.next();
            if (event == DTD) {
                throw new TableException(
                        Math.max(0, xml.getLocation().getLineNumber()),
                        "the file declares a document type (<!DOCTYPE>), refused for security;"
                                + " remove the declaration");
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (java.util.NoSuchElementException e) {
            throw new TableException(0, "the XML ends too early; export the file again");
        }
    }

    private String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String valueOr(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static TableException malformed(XMLStreamException e) {
        long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return new TableException(
                line,
                "the XML is not well-formed ("
                        + reason.strip()
                        + "); correct it there, or export the file again");
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing releases parser state; the stream is closed below
        }
        in.close();
    }
}
