package coop.maillage.load;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few JSON conversions the load test needs. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static String write(Map<String, ?> object) {
        return MAPPER.writeValueAsString(object);
    }

    static JsonNode read(String text) {
        return MAPPER.readTree(text);
    }
}
