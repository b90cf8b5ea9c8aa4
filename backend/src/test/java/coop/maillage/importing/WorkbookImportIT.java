package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.DatabaseIT;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An Excel workbook imports directly: one sheet per entity, dates as Excel dates (whatever their
 * display) or as text, numbers as numbers; problems name the sheet and the row; a sheet that is not
 * an entity's is left aside with a note.
 */
class WorkbookImportIT extends DatabaseIT {

    @Test
    void shouldImportTheSheetsOfAWorkbook() throws IOException {
        byte[] workbook = ImportFiles.workbook(false);

        Api.Response response =
                api.postFile("/api/import/dataset?dryRun=false", "equipe.xlsx", workbook, Map.of());

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode answer = response.body();
        assertThat(answer.get("problems")).isEmpty();
        assertThat(answer.get("created").get("actors.csv").asLong()).isEqualTo(2);
        assertThat(answer.get("created").get("projects.csv").asLong()).isEqualTo(1);
        assertThat(answer.get("notes").get(0).asString()).contains("Notes", "left aside");
        Map<String, Object> a1 = node("Actor", "a1");
        assertThat(a1)
                .containsEntry("from", LocalDate.of(2019, 3, 14))
                .containsEntry("kind", "ASSOCIATION")
                .containsEntry("extra.Adhérents", "120");
        assertThat(node("Actor", "a2")).containsEntry("from", LocalDate.of(2020, 5, 2));
        assertThat(node("Project", "p1"))
                .containsEntry("scoreTotal", 27.5)
                .containsEntry("jobs", 3L)
                .containsEntry("accompanied", true);
    }

    @Test
    void shouldNameTheSheetAndRowOfEachProblem() throws IOException {
        long before = count();

        JsonNode answer =
                api.postFile(
                                "/api/import/dataset?dryRun=true",
                                "equipe.xlsx",
                                ImportFiles.workbook(true),
                                Map.of())
                        .body();

        assertThat(SpreadsheetImportIT.problems(answer))
                .containsExactlyInAnyOrder(
                        "equipe.xlsx|3|Secteur|Artisanat|not a sector",
                        "equipe.xlsx|2|Étape|D9|not a 5D stage");
        assertThat(answer.get("problems").get(0).get("sheet").asString()).isEqualTo("Acteurs");
        assertThat(answer.get("problems").get(1).get("sheet").asString()).isEqualTo("Projets");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAFileThatIsNotAWorkbook() {
        JsonNode answer =
                api.postFile(
                                "/api/import/dataset?dryRun=true",
                                "equipe.xlsx",
                                "not a zip at all".getBytes(),
                                Map.of())
                        .body();

        assertThat(answer.get("problems").get(0).get("message").asString())
                .contains("the workbook cannot be read");
    }

    private Map<String, Object> node(String label, String id) {
        return database.read(
                tx ->
                        tx.run("MATCH (n:" + label + " {id: $id}) RETURN n", Map.of("id", id))
                                .single()
                                .get("n")
                                .asNode()
                                .asMap());
    }

    private long count() {
        return database.read(
                tx ->
                        tx.run("MATCH (n) WHERE n:Actor OR n:Project RETURN count(n) AS c")
                                .single()
                                .get("c")
                                .asLong());
    }
}
