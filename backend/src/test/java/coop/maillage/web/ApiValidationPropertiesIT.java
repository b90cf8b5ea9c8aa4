package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.web.RecordKinds.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: a record body with one field set to a random JSON value (wrong type, null, number out
 * of range, bad date, unknown enum constant, huge text, array, object) or with an unknown field is
 * either stored or refused with 400, 409 or 422, an RFC 9457 problem whose detail names the field
 * and that has an {@code errors} list, in plain words without the JSON library's names — never 500.
 * An unknown field is always refused. Seeded: a failure names the seed, the kind, the field and the
 * value.
 */
class ApiValidationPropertiesIT extends DatabaseIT {

    static final long SEED = Long.getLong("fuzz.seed", 9_457L);
    static final int TRIES = Integer.getInteger("fuzz.tries", 300);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FIELDS_OF_EVERY_KIND = List.of("id", "version", "from");
    private static final List<String> INTERNALS =
            List.of("DeserializationFeature", "StreamReadFeature", "tools.jackson", "java.");

    @Test
    void shouldAnswerEveryBadFieldWithAProblemNamingIt() {
        RecordKinds.createReferences(api);
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < TRIES; i++) {
            Kind kind = RecordKinds.ALL.get(random.nextInt(RecordKinds.ALL.size()));
            List<String> fields = new ArrayList<>(kind.valid().keySet());
            fields.addAll(kind.texts().keySet());
            fields.addAll(FIELDS_OF_EVERY_KIND);
            fields.add("unknownField" + random.nextInt(3));
            String field = fields.get(random.nextInt(fields.size()));
            JsonNode value = randomValue(random);
            ObjectNode body = kind.body("v" + i, Map.of());
            body.set(field, value);
            Response response = api.post("/api/" + kind.path(), body.toString());
            String where =
                    "seed %d try %d: %s.%s = %s -> %s"
                            .formatted(
                                    SEED, i, kind.path(), field, abbreviate(value), response.raw());
            assertThat(response.status()).as(where).isIn(201, 400, 409, 422);
            if (field.startsWith("unknownField")) {
                assertThat(response.status()).as(where).isEqualTo(400);
            }
            if (response.status() != 201) {
                refused++;
                assertThat(response.contentType()).as(where).contains("application/problem+json");
                String detail = response.body().get("detail").asString();
                assertThat(detail).as(where).contains(field).doesNotContain(INTERNALS);
                assertThat(response.body().get("errors").isArray()).as(where).isTrue();
            }
        }
        assertThat(refused).as("the values are mostly bad ones").isGreaterThan(TRIES / 4);
    }

    @Test
    void shouldRefuseABodyThatIsNotAJsonObject() {
        for (String body :
                List.of("", "[]", "42", "\"text\"", "null", "{", "{\"id\": }", "\u0000")) {
            Response response = api.post("/api/actors", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).as(body).contains("application/problem+json");
            assertThat(response.body().get("detail").asString())
                    .as(body)
                    .startsWith("the body ")
                    .doesNotContain(INTERNALS);
            assertThat(response.body().get("errors").isArray()).as(body).isTrue();
        }
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 4 -> NODES.numberNode(-random.nextInt(1000) - 1);
            case 5 -> NODES.numberNode(random.nextDouble() * 1e6);
            case 6 ->
                    NODES.stringNode(
                            pick(
                                    random,
                                    "2019-02-30",
                                    "2019-13-01",
                                    "yesterday",
                                    "2019",
                                    "01/02/2019",
                                    "+999999999-01-01",
                                    "2019-01-01T10:00:00Z"));
            case 7 -> NODES.stringNode(pick(random, "FOO", "company", "D9", "", " ", "LEAD "));
            case 8 -> NODES.stringNode("x".repeat(1 + random.nextInt(5_000)));
            case 9 -> NODES.arrayNode().add("a").add(1);
            case 10 -> NODES.objectNode().put("id", "nested");
            case 11 -> NODES.stringNode(pick(random, "true", "1", "-1", "NaN", "Infinity"));
            case 12 -> NODES.numberNode(random.nextInt(3000));
            default -> NODES.stringNode(pick(random, "bad id!", "a/b", "../x", "h-a", "ghost"));
        };
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
