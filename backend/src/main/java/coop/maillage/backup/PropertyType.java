package coop.maillage.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Neo4j property types a backup keeps, each with its tag in the file and its JSON form. Dates
 * and times are ISO-8601 text; a date-time keeps its zone id or offset as Neo4j stored it.
 */
enum PropertyType {
    STRING("string", "STRING") {
        JsonNode encode(Value value) {
            return NODES.stringNode(value.asString());
        }

        Value decode(JsonNode json) {
            return Values.value(text(json));
        }
    },
    LONG("long", "INTEGER") {
        JsonNode encode(Value value) {
            return NODES.numberNode(value.asLong());
        }

        Value decode(JsonNode json) {
            if (!json.isIntegralNumber() || !json.canConvertToLong()) {
                throw new IllegalArgumentException("expected a whole number, found " + json);
            }
            return Values.value(json.longValue());
        }
    },
    DOUBLE("double", "FLOAT") {
        JsonNode encode(Value value) {
            double d = value.asDouble();
            // JSON numbers have no NaN or infinities: those three are written as text.
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.stringNode(Double.toString(d));
        }

        Value decode(JsonNode json) {
            if (json.isNumber()) {
                return Values.value(json.doubleValue());
            }
            String text = text(json);
            if (!text.equals("NaN") && !text.equals("Infinity") && !text.equals("-Infinity")) {
                throw new IllegalArgumentException(
                        "expected a number, NaN, Infinity or -Infinity, found " + json);
            }
            return Values.value(Double.parseDouble(text));
        }
    },
    BOOLEAN("boolean", "BOOLEAN") {
        JsonNode encode(Value value) {
            return NODES.booleanNode(value.asBoolean());
        }

        Value decode(JsonNode json) {
            if (!json.isBoolean()) {
                throw new IllegalArgumentException("expected true or false, found " + json);
            }
            return Values.value(json.booleanValue());
        }
    },
    DATE("date", "DATE") {
        JsonNode encode(Value value) {
            return NODES.stringNode(value.asLocalDate().toString());
        }

        Value decode(JsonNode json) {
            return Values.value(LocalDate.parse(text(json)));
        }
    },
    DATETIME("datetime", "DATE_TIME") {
        JsonNode encode(Value value) {
            return NODES.stringNode(value.asZonedDateTime().toString());
        }

        Value decode(JsonNode json) {
            return Values.value(ZonedDateTime.parse(text(json)));
        }
    },
    LOCAL_DATETIME("localdatetime", "LOCAL_DATE_TIME") {
        JsonNode encode(Value value) {
            return NODES.stringNode(value.asLocalDateTime().toString());
        }

        Value decode(JsonNode json) {
            return Values.value(LocalDateTime.parse(text(json)));
        }
    },
    TIME("time", "TIME") {
        JsonNode encode(Value value) {
            return NODES.stringNode(value.asOffsetTime().toString());
        }

        Value decode(JsonNode json) {
            return Values.value(OffsetTime.parse(text(json)));
        }
    },
    LOCAL_TIME("localtime", "LOCAL_TIME") {
        JsonNode encode(Value value) {
            return NODES.stringNode(value.asLocalTime().toString());
        }

        Value decode(JsonNode json) {
            return Values.value(LocalTime.parse(text(json)));
        }
    },
    DURATION("duration", "DURATION") {
        JsonNode encode(Value value) {
            IsoDuration d = value.asIsoDuration();
            ObjectNode json = NODES.objectNode();
            json.put("months", d.months());
            json.put("days", d.days());
            json.put("seconds", d.seconds());
            json.put("nanoseconds", d.nanoseconds());
            return json;
        }

        Value decode(JsonNode json) {
            return Values.isoDuration(
                    whole(json, "months"),
                    whole(json, "days"),
                    whole(json, "seconds"),
                    Math.toIntExact(whole(json, "nanoseconds")));
        }
    },
    POINT("point", "POINT") {
        JsonNode encode(Value value) {
            Point p = value.asPoint();
            ObjectNode json = NODES.objectNode();
            json.put("srid", p.srid());
            json.put("x", p.x());
            json.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                json.put("z", p.z());
            }
            return json;
        }

        Value decode(JsonNode json) {
            int srid = Math.toIntExact(whole(json, "srid"));
            double x = real(json, "x");
            double y = real(json, "y");
            return json.has("z")
                    ? Values.point(srid, x, y, real(json, "z"))
                    : Values.point(srid, x, y);
        }
    },
    BYTES("bytes", "BYTES") {
        JsonNode encode(Value value) {
            return NODES.stringNode(Base64.getEncoder().encodeToString(value.asByteArray()));
        }

        Value decode(JsonNode json) {
            return Values.value(Base64.getDecoder().decode(text(json)));
        }
    };

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String tag;
    private final String driverType;

    PropertyType(String tag, String driverType) {
        this.tag = tag;
        this.driverType = driverType;
    }

    /** The name of the type in the file. */
    String tag() {
        return tag;
    }

    abstract JsonNode encode(Value value);

    /**
     * The value written as {@code json}.
     *
     * @throws IllegalArgumentException (or a {@link java.time.format.DateTimeParseException}) when
     *     the JSON is not a value of this type
     */
    abstract Value decode(JsonNode json);

    /** The type of a value read from the driver, or null if a backup cannot hold it. */
    static PropertyType of(Value value) {
        String name = value.type().name();
        for (PropertyType type : values()) {
            if (type.driverType.equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** The type tagged {@code tag} in a file, or null. */
    static PropertyType ofTag(String tag) {
        for (PropertyType type : values()) {
            if (type.tag.equals(tag)) {
                return type;
            }
        }
        return null;
    }

    private static String text(JsonNode json) {
        if (!json.isString()) {
            throw new IllegalArgumentException("expected text, found " + json);
        }
        return json.stringValue();
    }

    private static long whole(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("expected a whole number '" + field + "'");
        }
        return value.longValue();
    }

    private static double real(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("expected a number '" + field + "'");
        }
        return value.doubleValue();
    }
}
