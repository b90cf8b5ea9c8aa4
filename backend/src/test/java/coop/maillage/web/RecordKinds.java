package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every kind of record the API stores: its path, a valid body (apart from the id), its free-text
 * fields with their maximum lengths, and the records it refers to ({@link #createReferences}).
 */
final class RecordKinds {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One kind of record. */
    record Kind(String path, Map<String, Object> valid, Map<String, Integer> texts) {

        /** A body for record {@code id}: the valid fields, then {@code changes}. */
        ObjectNode body(String id, Map<String, Object> changes) {
            ObjectNode body = JSON.createObjectNode();
            body.put("id", id);
            valid.forEach((field, value) -> body.set(field, JSON.valueToTree(value)));
            changes.forEach((field, value) -> body.set(field, JSON.valueToTree(value)));
            return body;
        }
    }

    static final List<Kind> ALL =
            List.of(
                    kind("territories", Map.of("name", "T"), texts("name", 200)),
                    kind("colleges", Map.of("name", "C"), texts("name", 200, "description", 1000)),
                    kind(
                            "actors",
                            Map.of(
                                    "name", "A",
                                    "kind", "COMPANY",
                                    "sector", "ENTREPRISE",
                                    "person", false,
                                    "from", "2019-01-01",
                                    "territory", "h-t"),
                            texts("name", 200, "commune", 100)),
                    kind(
                            "projects",
                            Map.of("name", "P", "stage", "D2", "jobs", 1, "scoreTotal", 20.5),
                            texts(
                                    "name",
                                    200,
                                    "domain",
                                    200,
                                    "legalForm",
                                    100,
                                    "emergenceContext",
                                    500)),
                    kind(
                            "events",
                            Map.of("name", "E", "type", "OTHER", "participants", 3),
                            texts("name", 200)),
                    kind("workshops", Map.of("name", "W", "event", "h-e"), texts("name", 200)),
                    kind(
                            "memberships",
                            Map.of("actor", "h-a", "pole", "h-pole", "college", "h-c"),
                            texts()),
                    kind(
                            "participations",
                            Map.of("actor", "h-a", "project", "h-p", "role", "LEAD"),
                            texts()),
                    kind("attendances", Map.of("actor", "h-a", "target", "h-e"), texts()),
                    kind(
                            "collaborations",
                            Map.of(
                                    "source", "h-a",
                                    "target", "h-pole",
                                    "kind", "PARTNERSHIP",
                                    "weight", 2.0),
                            texts()),
                    kind("emergences", Map.of("project", "h-p", "origin", "h-e"), texts()),
                    kind("duplications", Map.of("project", "h-p", "territory", "h-t"), texts()),
                    new Kind(
                            "figures",
                            Map.of(
                                    "subject", "s",
                                    "metric", "m",
                                    "source", "src",
                                    "year", 2019,
                                    "value", 12.0),
                            texts(
                                    "subject", 100, "metric", 100, "source", 200, "quote", 1000,
                                    "note", 1000)));

    private RecordKinds() {}

    /** A kind with a provenance (every kind but figures), which is free text too. */
    private static Kind kind(
            String path, Map<String, Object> valid, Map<String, Integer> otherTexts) {
        Map<String, Object> withProvenance = new LinkedHashMap<>(valid);
        withProvenance.put("provenance", "illustrative");
        Map<String, Integer> texts = new LinkedHashMap<>(otherTexts);
        texts.put("provenance", 1000);
        return new Kind(path, withProvenance, texts);
    }

    private static Map<String, Integer> texts(Object... fieldsAndLengths) {
        Map<String, Integer> texts = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndLengths.length; i += 2) {
            texts.put((String) fieldsAndLengths[i], (Integer) fieldsAndLengths[i + 1]);
        }
        return texts;
    }

    /** Creates the records the valid bodies refer to (ids starting with {@code h-}). */
    static void createReferences(Api api) {
        String[][] records = {
            {"territories", "{\"id\":\"h-t\",\"name\":\"T\",\"provenance\":\"illustrative\"}"},
            {"colleges", "{\"id\":\"h-c\",\"name\":\"C\",\"provenance\":\"illustrative\"}"},
            {"actors", actor("h-pole", "POLE", "ESS")},
            {"actors", actor("h-a", "COMPANY", "ENTREPRISE")},
            {"projects", "{\"id\":\"h-p\",\"name\":\"P\",\"provenance\":\"illustrative\"}"},
            {
                "events",
                "{\"id\":\"h-e\",\"name\":\"E\",\"type\":\"OTHER\",\"provenance\":\"illustrative\"}"
            }
        };
        for (String[] record : records) {
            assertThat(api.post("/api/" + record[0], record[1]).status())
                    .as(record[1])
                    .isEqualTo(201);
        }
    }

    private static String actor(String id, String kind, String sector) {
        return "{\"id\":\""
                + id
                + "\",\"name\":\""
                + id
                + "\",\"kind\":\""
                + kind
                + "\",\"sector\":\""
                + sector
                + "\",\"person\":false,\"territory\":\"h-t\",\"provenance\":\"illustrative\"}";
    }
}
