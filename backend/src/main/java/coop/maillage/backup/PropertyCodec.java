package coop.maillage.backup;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.TypeSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties as JSON with their types: each value is an object of one entry, its type tag and its
 * JSON form ({@code {"date": "2019-03-01"}}); a list is tagged with its element type and {@code []}
 * ({@code {"long[]": [1, 2]}}); an empty list, whose element type Neo4j does not keep, is {@code
 * {"list": []}}. Keys are written in sorted order, so equal data gives equal lines.
 */
final class PropertyCodec {

    static final String EMPTY_LIST = "list";
    private static final String ARRAY = "[]";

    private PropertyCodec() {}

    /** The JSON of a node's or relationship's properties. */
    static ObjectNode encode(Map<String, Value> properties, String owner) {
        ObjectNode json = BackupFormat.JSON.createObjectNode();
        for (Map.Entry<String, Value> entry : new TreeMap<>(properties).entrySet()) {
            json.set(entry.getKey(), encodeValue(entry.getValue(), owner, entry.getKey()));
        }
        return json;
    }

    private static ObjectNode encodeValue(Value value, String owner, String key) {
        ObjectNode json = BackupFormat.JSON.createObjectNode();
        if (value.hasType(TypeSystem.getDefault().LIST())) {
            List<Value> elements = value.asList(v -> v);
            if (elements.isEmpty()) {
                json.set(EMPTY_LIST, BackupFormat.JSON.createArrayNode());
                return json;
            }
            PropertyType type = typeOf(elements.get(0), owner, key);
            ArrayNode array = BackupFormat.JSON.createArrayNode();
            for (Value element : elements) {
                if (typeOf(element, owner, key) != type) {
                    throw new BackupException(
                            owner + " property '" + key + "' is a list of mixed types");
                }
                array.add(type.encode(element));
            }
            json.set(type.tag() + ARRAY, array);
            return json;
        }
        PropertyType type = typeOf(value, owner, key);
        json.set(type.tag(), type.encode(value));
        return json;
    }

    private static PropertyType typeOf(Value value, String owner, String key) {
        PropertyType type = PropertyType.of(value);
        if (type == null) {
            throw new BackupException(
                    owner
                            + " property '"
                            + key
                            + "' has type "
                            + value.type().name()
                            + ", which a backup cannot hold");
        }
        return type;
    }

    /**
     * The driver values of properties read from line {@code line} of a file.
     *
     * @throws BackupFileException naming the line and the property when a value is malformed
     */
    static Map<String, Object> decode(JsonNode json, int line) {
        if (json == null || !json.isObject()) {
            throw BackupFileException.at(line, "'properties' must be an object");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            properties.put(entry.getKey(), decodeValue(entry.getValue(), line, entry.getKey()));
        }
        return properties;
    }

    private static Value decodeValue(JsonNode json, int line, String key) {
        if (!json.isObject() || json.size() != 1) {
            throw BackupFileException.at(
                    line,
                    "property '"
                            + key
                            + "' must be an object of one entry, its type and its value, such as"
                            + " {\"string\": \"text\"}");
        }
        Map.Entry<String, JsonNode> typed = json.properties().iterator().next();
        String tag = typed.getKey();
        try {
            if (tag.equals(EMPTY_LIST)) {
                requireEmptyArray(typed.getValue());
                return Values.value(List.of());
            }
            boolean array = tag.endsWith(ARRAY);
            PropertyType type =
                    PropertyType.ofTag(array ? tag.substring(0, tag.length() - 2) : tag);
            if (type == null) {
                throw new IllegalArgumentException("unknown type '" + tag + "'");
            }
            return array ? decodeArray(type, typed.getValue()) : type.decode(typed.getValue());
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw BackupFileException.at(
                    line, "property '" + key + "' (" + tag + "): " + e.getMessage());
        }
    }

    private static Value decodeArray(PropertyType type, JsonNode json) {
        if (!json.isArray() || json.isEmpty()) {
            throw new IllegalArgumentException("expected a non-empty JSON array");
        }
        List<Value> elements = new ArrayList<>();
        for (JsonNode element : json.values()) {
            elements.add(type.decode(element));
        }
        return Values.value(elements.toArray(Value[]::new));
    }

    private static void requireEmptyArray(JsonNode json) {
        if (!json.isArray() || !json.isEmpty()) {
            throw new IllegalArgumentException("expected []");
        }
    }
}
