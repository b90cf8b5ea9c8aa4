package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.web.RecordKinds.Kind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every free-text field of every kind of record: Cypher and script injection,
 * Unicode edge cases, NUL. Each is stored and read back byte for byte as a plain JSON string, and
 * no injection touches another record. Text over a field's maximum is refused with 400 naming the
 * field.
 */
class HostileInputIT extends DatabaseIT {

    static final List<String> HOSTILE =
            List.of(
                    "' }) MATCH (n) DETACH DELETE n //",
                    "\" }) MATCH (n) DETACH DELETE n //",
                    "'}) WITH 1 AS x MATCH (n) SET n.name = 'pwned' //",
                    "$id",
                    "${id} $props {id: $id}",
                    "`Actor` ``) DETACH DELETE n //",
                    "\\' \\\" \\\\ \\u0027",
                    "<script>alert(1)</script>",
                    "\"><img src=x onerror=alert(1)>",
                    "javascript:alert(document.cookie)",
                    "{{7*7}} #{7*7} <%= 7*7 %>",
                    "\u202Eevil\u202C \u200F\u05E9\u05DC\u05D5\u05DD\u200E",
                    "zero\u200Bwidth\u200C\u200D\u2060\uFEFFjoiners",
                    "😀 👩‍👩‍👧 🇫🇷 e\u0301 Ω ﬁ",
                    "line one\nline two\r\n\ttabbed",
                    "nul\u0000inside",
                    " leading and trailing spaces ",
                    "../../etc/passwd %00 %s %n");

    @Test
    void shouldStoreHostileTextInEveryFieldAndReadItBackByteForByte() {
        RecordKinds.createReferences(api);
        for (Kind kind : RecordKinds.ALL) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                String text = HOSTILE.get(i);
                String id = "hostile-" + kind.path() + "-" + i;
                Map<String, Object> fields = new HashMap<>();
                kind.texts().keySet().forEach(field -> fields.put(field, text));
                Response response =
                        api.post("/api/" + kind.path(), kind.body(id, fields).toString());
                assertThat(response.status())
                        .as("%s %s: %s", kind.path(), text, response.raw())
                        .isEqualTo(201);
                Response read = api.get("/api/" + kind.path() + "/" + id);
                for (String field : kind.texts().keySet()) {
                    assertThat(read.body().get(field).isString()).isTrue();
                    assertThat(read.body().get(field).asString())
                            .as("%s.%s", kind.path(), field)
                            .isEqualTo(text);
                }
            }
        }
        Map<String, Integer> references =
                Map.of("territories", 1, "colleges", 1, "actors", 2, "projects", 1, "events", 1);
        for (Kind kind : RecordKinds.ALL) {
            assertThat(api.get("/api/" + kind.path()).body().get("total").asLong())
                    .as("no injection removed or added a record of " + kind.path())
                    .isEqualTo(HOSTILE.size() + references.getOrDefault(kind.path(), 0));
        }
        assertThat(api.get("/api/actors/h-a").body().get("name").asString()).isEqualTo("h-a");
    }

    @Test
    void shouldSearchWithHostileTextWithoutError() {
        RecordKinds.createReferences(api);
        for (String text : HOSTILE) {
            String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
            Response response = api.get("/api/actors?q=" + q);
            assertThat(response.status()).as(text).isIn(200, 400);
        }
        assertThat(api.get("/api/actors").body().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void shouldRefuseTextOverEachFieldsMaximumNamingTheField() {
        RecordKinds.createReferences(api);
        for (Kind kind : RecordKinds.ALL) {
            for (Map.Entry<String, Integer> field : kind.texts().entrySet()) {
                String tooLong = "é".repeat(field.getValue() + 1);
                Response response =
                        api.post(
                                "/api/" + kind.path(),
                                kind.body("too-long", Map.of(field.getKey(), tooLong)).toString());
                String where = kind.path() + "." + field.getKey();
                assertThat(response.status()).as(where).isEqualTo(400);
                assertThat(response.contentType()).contains("application/problem+json");
                assertThat(response.body().get("errors").findValuesAsString("field"))
                        .as(where)
                        .containsExactly(field.getKey());
                assertThat(response.body().get("detail").asString()).contains(field.getKey());
            }
        }
    }
}
