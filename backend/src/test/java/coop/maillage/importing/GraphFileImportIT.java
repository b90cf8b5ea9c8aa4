package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.DatabaseIT;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GraphML and GEXF files import into the store: nodes become actors, projects and events after
 * their {@code kind}; edges become collaborations, participations, attendances and emergences after
 * their ends; time intervals (attributes, GEXF native times and spells) become dates.
 */
class GraphFileImportIT extends DatabaseIT {

    @Test
    void shouldImportAGraphMlFileAsRecords() throws IOException {
        JsonNode answer = apply("territoire.graphml");

        assertThat(answer.get("created").get("actors.csv").asLong()).isEqualTo(2);
        assertThat(answer.get("created").get("projects.csv").asLong()).isEqualTo(1);
        assertThat(answer.get("created").get("events.csv").asLong()).isEqualTo(1);
        assertThat(node("Actor", "a1"))
                .containsEntry("name", "Coopérative du Lédonien")
                .containsEntry("from", LocalDate.of(2018, 1, 1))
                .containsEntry("extra.website", "coop.example");
        assertThat(node("Actor", "a2"))
                .containsEntry("kind", "LOCAL_GOVERNMENT")
                .containsEntry("from", LocalDate.of(2015, 6, 1));
        assertThat(node("Event", "e1"))
                .containsEntry("type", "DEFI_TERRITORIAL")
                .containsEntry("from", LocalDate.of(2021, 3, 4))
                .doesNotContainKey("kind");
        assertThat(relationship("COLLABORATES_WITH", "a1--a2"))
                .containsEntry("kind", "PARTNERSHIP")
                .containsEntry("weight", 2.0)
                .containsEntry("from", LocalDate.of(2019, 1, 1))
                .containsEntry("to", LocalDate.of(2022, 12, 31));
        assertThat(relationship("TAKES_PART_IN", "p1--a1"))
                .containsEntry("role", "LEAD")
                .containsEntry("start", "a1")
                .containsEntry("end", "p1");
        assertThat(relationship("ATTENDED", "a2--e1")).containsEntry("end", "e1");
        assertThat(relationship("EMERGED_FROM", "p1--e1"))
                .containsEntry("start", "p1")
                .containsEntry("end", "e1");
    }

    @Test
    void shouldReadGexfTimeIntervalsAndSpells() throws IOException {
        JsonNode answer = apply("territoire.gexf");

        assertThat(answer.get("created").get("collaborations.csv").asLong()).isEqualTo(2);
        assertThat(node("Actor", "a1"))
                .as("a node spans its spells; Infinity is an open end")
                .containsEntry("from", LocalDate.of(2015, 1, 1))
                .doesNotContainKey("to");
        assertThat(node("Actor", "a2")).containsEntry("from", LocalDate.of(2016, 1, 1));
        assertThat(relationship("COLLABORATES_WITH", "c1:1"))
                .containsEntry("kind", "POOLING")
                .containsEntry("weight", 3.0)
                .containsEntry("from", LocalDate.of(2016, 1, 1))
                .containsEntry("to", LocalDate.of(2017, 12, 31));
        assertThat(relationship("COLLABORATES_WITH", "c1:2"))
                .containsEntry("from", LocalDate.of(2020, 1, 1))
                .containsEntry("to", LocalDate.of(2021, 12, 31));
    }

    @Test
    void shouldChangeNothingWhenAGraphFileIsImportedTwice() throws IOException {
        apply("territoire.gexf");

        JsonNode again = apply("territoire.gexf");

        assertThat(again.get("changes").get("actors.csv").get("unchanged").asLong()).isEqualTo(2);
        assertThat(again.get("changes").get("collaborations.csv").get("unchanged").asLong())
                .isEqualTo(2);
        assertThat(node("Actor", "a1")).containsEntry("version", 1L);
    }

    @Test
    void shouldListTheProblemsOfAGraphFileByLine() throws IOException {
        String graph =
                text("territoire.graphml")
                        .replace("<data key=\"s\">PUBLIC</data>", "<data key=\"s\">Mairie</data>")
                        .replace("<data key=\"f\">2018</data>", "<data key=\"f\">hier</data>");

        JsonNode answer =
                api.postFile(
                                "/api/import/dataset",
                                "territoire.graphml",
                                graph.getBytes(),
                                Map.of())
                        .body();

        assertThat(SpreadsheetImportIT.problems(answer))
                .containsExactlyInAnyOrder(
                        "territoire.graphml|14|from|hier|not a date",
                        "territoire.graphml|18|sector|Mairie|not a sector");
        assertThat(node("Actor", "a1")).isEmpty();
    }

    private JsonNode apply(String resource) throws IOException {
        Api.Response response =
                api.postFile(
                        "/api/import/dataset?dryRun=false",
                        resource,
                        text(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Map.of());
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().get("problems")).as(response.raw()).isEmpty();
        return response.body();
    }

    static String text(String resource) throws IOException {
        try (InputStream in =
                GraphFileImportIT.class.getResourceAsStream("/importing/" + resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Map<String, Object> node(String label, String id) {
        List<Map<String, Object>> found =
                database.read(
                        tx ->
                                tx.run(
                                                "MATCH (n:" + label + " {id: $id}) RETURN n",
                                                Map.of("id", id))
                                        .list(r -> r.get("n").asNode().asMap()));
        return found.isEmpty() ? Map.of() : found.get(0);
    }

    private Map<String, Object> relationship(String type, String id) {
        return database.read(
                tx -> {
                    var record =
                            tx.run(
                                            "MATCH (a)-[r:"
                                                    + type
                                                    + " {id: $id}]->(b)"
                                                    + " RETURN a.id AS start, b.id AS end, r",
                                            Map.of("id", id))
                                    .single();
                    Map<String, Object> all =
                            new HashMap<>(record.get("r").asRelationship().asMap());
                    all.put("start", record.get("start").asString());
                    all.put("end", record.get("end").asString());
                    return all;
                });
    }
}
