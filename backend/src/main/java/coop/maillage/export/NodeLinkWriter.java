package coop.maillage.export;

import coop.maillage.network.Interval;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ExportGraph} as networkx's node-link JSON ({@code networkx.node_link_data}; read
 * with {@code node_link_graph(data, edges="links")}): {@code directed} false, {@code multigraph},
 * {@code graph} (the graph-level facts), {@code nodes} (each with {@code id} and its attributes)
 * and {@code links} (each with {@code source}, {@code target}, {@code weight} and its attributes).
 * Numbers and booleans are JSON numbers and booleans. For the whole history a node has {@code
 * from}/{@code to} (ISO dates, absent for an open end) and a link has {@code spells}, a list of
 * {@code [from, to]} pairs ({@code null} for an open end). When two links join the same nodes the
 * graph is a multigraph and each link has a {@code key}, counted per pair of nodes.
 */
final class NodeLinkWriter {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private NodeLinkWriter() {}

    static void write(ExportGraph graph, OutputStream out) {
        boolean multigraph = graph.hasParallelEdges();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeBooleanProperty("directed", false);
            json.writeBooleanProperty("multigraph", multigraph);
            json.writeName("graph");
            writeAttributes(json, graph.properties());
            json.writeName("nodes");
            json.writeStartArray();
            for (ExportGraph.Node node : graph.nodes()) {
                writeNode(json, node, graph.dynamic());
            }
            json.writeEndArray();
            json.writeName("links");
            json.writeStartArray();
            Map<String, Integer> keys = new HashMap<>();
            for (ExportGraph.Edge edge : graph.edges()) {
                Integer key =
                        multigraph
                                ? keys.merge(ExportGraph.pairKey(edge), 1, Integer::sum) - 1
                                : null;
                writeLink(json, edge, key, graph.dynamic());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeNode(JsonGenerator json, ExportGraph.Node node, boolean dynamic) {
        json.writeStartObject();
        json.writeStringProperty("id", node.id());
        writeFields(json, node.attributes());
        if (dynamic) {
            writeDate(json, "from", node.interval().from());
            writeDate(json, "to", node.interval().to());
        }
        json.writeEndObject();
    }

    private static void writeLink(
            JsonGenerator json, ExportGraph.Edge edge, Integer key, boolean dynamic) {
        json.writeStartObject();
        json.writeStringProperty("source", edge.source());
        json.writeStringProperty("target", edge.target());
        if (key != null) {
            json.writeNumberProperty("key", key);
        }
        json.writeNumberProperty("weight", edge.weight());
        writeFields(json, edge.attributes());
        if (dynamic) {
            json.writeName("spells");
            json.writeStartArray();
            for (Interval spell : edge.spells()) {
                json.writeStartArray();
                writeDateValue(json, spell.from());
                writeDateValue(json, spell.to());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeAttributes(JsonGenerator json, Map<String, String> attributes) {
        json.writeStartObject();
        writeFields(json, attributes);
        json.writeEndObject();
    }

    private static void writeFields(JsonGenerator json, Map<String, String> attributes) {
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            json.writeName(attribute.getKey());
            writeTyped(json, AttributeType.of(attribute.getKey()), attribute.getValue());
        }
    }

    /** The value as its declared type; text that does not parse as that type stays text. */
    private static void writeTyped(JsonGenerator json, AttributeType type, String value) {
        try {
            switch (type) {
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new NumberFormatException(value);
                    }
                    json.writeBoolean(Boolean.parseBoolean(value));
                }
                case INTEGER -> json.writeNumber(Long.parseLong(value));
                case DOUBLE -> json.writeNumber(Double.parseDouble(value));
                case STRING -> json.writeString(value);
            }
        } catch (NumberFormatException e) {
            json.writeString(value);
        }
    }

    private static void writeDate(JsonGenerator json, String name, java.time.LocalDate date) {
        if (date != null) {
            json.writeStringProperty(name, date.toString());
        }
    }

    private static void writeDateValue(JsonGenerator json, java.time.LocalDate date) {
        if (date == null) {
            json.writeNull();
        } else {
            json.writeString(date.toString());
        }
    }
}
