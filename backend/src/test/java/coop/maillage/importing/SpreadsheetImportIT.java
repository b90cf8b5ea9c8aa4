package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.DatabaseIT;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A spreadsheet kept the French way (a BOM, {@code ;}, decimal commas, dd/mm/yyyy dates, French
 * column names and values, a column of the team's own) imports through the API: its deliberate
 * errors are each listed with file, line, column, value and what is expected, and nothing is
 * written; corrected, it lands whole, and importing it again changes nothing.
 */
class SpreadsheetImportIT extends DatabaseIT {

    static final String ACTORS =
            """
            Identifiant;Nom;Type;Secteur;Commune;Personne physique;Date de début;Fin;Téléphone
            a1;Coopérative du Lédonien;coopérative;ESS;Lons-le-Saunier;non;01/03/2019;;03 84 00
            a2;Menuiserie Martin;Entreprise;entreprise;Conliège;NON;2020;31/12/2023;
            a3;Jeanne Dupont;citoyen;Citoyen;Perrigny;oui;15/9/2021;;
            """;

    static final String PROJECTS =
            """
            Identifiant;Intitulé;Étape;Statut;Emplois;Score total;Accompagné;Début;Budget (€)
            p1;Recyclerie du Jura;D3;en émergence;2;27,5;oui;12/2020;12 500,00
            """;

    static final String PARTICIPATIONS =
            """
            id;acteur;projet;rôle;début
            pa1;a1;p1;porteur;2020
            pa2;a2;p1;partenaire;2021-03
            """;

    @Test
    void shouldListEachDeliberateErrorWithItsPlaceAndWriteNothing() {
        String actors =
                ACTORS.replace("ESS;Lons", "Industrie;Lons")
                                .replace("15/9/2021", "31/02/2021")
                                .replace("NON;2020", "peut-être;2020")
                                .replace("31/12/2023", "31/12/2018")
                        + "a1;Doublon;banque;ESS;;non;2019;;\n";
        String projects = PROJECTS.replace("D3;", "D6;").replace(";2;27,5", ";deux;27,5");
        String participations = PARTICIPATIONS + "pa3;a9;p1;partenaire;2021\n";
        long before = records();

        JsonNode answer = dryRun(zip(actors, projects, participations));

        assertThat(problems(answer))
                .containsExactlyInAnyOrder(
                        "acteurs.csv|2|Secteur|Industrie|not a sector",
                        "acteurs.csv|3|Personne physique|peut-être|not yes or no",
                        "acteurs.csv|3|Fin|2018-12-31|before the start (2020-01-01)",
                        "acteurs.csv|4|Date de début|31/02/2021|no such day in the calendar",
                        "acteurs.csv|5|Type|banque|not an actor kind",
                        "acteurs.csv|5|Identifiant|a1|duplicate id",
                        "projets.csv|2|Étape|D6|not a 5D stage",
                        "projets.csv|2|Emplois|deux|not a whole number",
                        "participations.csv|4|acteur|a9|names no record");
        JsonNode sector = answer.get("problems").get(0);
        assertThat(sector.get("message").asString())
                .contains("ESS, ENTREPRISE, PUBLIC, RECHERCHE, CITOYEN, FINANCEUR");
        assertThat(answer.get("written").asBoolean()).isFalse();
        assertThat(records()).isEqualTo(before);

        Api.Response refused =
                api.postFile(
                        "/api/import/dataset?dryRun=false",
                        "equipe.zip",
                        zip(actors, projects, participations),
                        Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(records()).as("a real run with problems writes nothing").isEqualTo(before);
    }

    @Test
    void shouldImportTheCorrectedSpreadsheetWithItsConventions() {
        byte[] file = zip(ACTORS, PROJECTS, PARTICIPATIONS);

        JsonNode dryRun = dryRun(file);
        assertThat(dryRun.get("problems")).isEmpty();
        assertThat(dryRun.get("changes").get("actors.csv").get("created").asLong()).isEqualTo(3);
        assertThat(dryRun.get("wouldCreate").get("participations.csv").asLong()).isEqualTo(2);
        assertThat(records()).isZero();

        JsonNode applied = apply(file);
        assertThat(applied.get("written").asBoolean()).isTrue();
        assertThat(applied.get("created").get("projects.csv").asLong()).isEqualTo(1);

        Map<String, Object> a1 = node("Actor", "a1");
        assertThat(a1)
                .containsEntry("name", "Coopérative du Lédonien")
                .containsEntry("kind", "COOPERATIVE")
                .containsEntry("sector", "ESS")
                .containsEntry("person", false)
                .containsEntry("from", LocalDate.of(2019, 3, 1))
                .containsEntry("extra.Téléphone", "03 84 00")
                .containsEntry("version", 1L)
                .containsEntry("provenance", "import: acteurs.csv")
                .doesNotContainKey("to");
        assertThat(node("Actor", "a2"))
                .containsEntry("kind", "COMPANY")
                .containsEntry("sector", "ENTREPRISE")
                .containsEntry("from", LocalDate.of(2020, 1, 1))
                .containsEntry("to", LocalDate.of(2023, 12, 31));
        assertThat(node("Actor", "a3"))
                .containsEntry("kind", "CITIZEN")
                .containsEntry("sector", "CITOYEN")
                .containsEntry("person", true)
                .containsEntry("from", LocalDate.of(2021, 9, 15));
        assertThat(node("Project", "p1"))
                .containsEntry("stage", "D3")
                .containsEntry("status", "EMERGING")
                .containsEntry("jobs", 2L)
                .containsEntry("scoreTotal", 27.5)
                .containsEntry("accompanied", true)
                .containsEntry("from", LocalDate.of(2020, 12, 1))
                .containsEntry("extra.Budget (€)", "12 500,00");
        assertThat(
                        single(
                                "MATCH (:Actor {id: 'a2'})"
                                        + "-[r:TAKES_PART_IN]->"
                                        + "(:Project {id: 'p1'})"
                                        + " RETURN r.role AS role,"
                                        + " r.from AS from"))
                .containsEntry("role", "PARTNER")
                .containsEntry("from", LocalDate.of(2021, 3, 1));
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedTwice() {
        byte[] file = zip(ACTORS, PROJECTS, PARTICIPATIONS);
        apply(file);
        List<String> first = records(true);

        JsonNode again = dryRun(file);
        assertThat(again.get("changes").get("actors.csv").get("unchanged").asLong()).isEqualTo(3);
        assertThat(again.get("changes").get("actors.csv").get("updated").asLong()).isZero();
        JsonNode second = apply(file);

        assertThat(second.get("changes").get("participations.csv").get("unchanged").asLong())
                .isEqualTo(2);
        assertThat(records(true)).as("same records, properties and versions").isEqualTo(first);
    }

    @Test
    void shouldUpdateOnlyTheChangedRecordAndMoveItsVersion() {
        apply(zip(ACTORS, PROJECTS, PARTICIPATIONS));

        JsonNode answer =
                apply(
                        zip(
                                ACTORS.replace("Conliège", "Conliège-Village"),
                                PROJECTS,
                                PARTICIPATIONS));

        assertThat(answer.get("changes").get("actors.csv").get("updated").asLong()).isEqualTo(1);
        assertThat(answer.get("changes").get("actors.csv").get("unchanged").asLong()).isEqualTo(2);
        assertThat(node("Actor", "a2"))
                .containsEntry("commune", "Conliège-Village")
                .containsEntry("version", 2L);
        assertThat(node("Actor", "a1")).containsEntry("version", 1L);
    }

    @Test
    void shouldKeepTheUsersOwnColumnsWhenARecordIsEditedLater() {
        apply(zip(ACTORS, PROJECTS, PARTICIPATIONS));
        JsonNode actor = api.get("/api/actors/a1").body();
        String edited = actor.toString().replace("Coopérative du Lédonien", "Coop du Lédonien");

        assertThat(api.put("/api/actors/a1", edited).status()).isEqualTo(200);
        JsonNode participation = api.get("/api/participations/pa1").body();
        String changed = participation.toString().replace("\"LEAD\"", "\"PARTNER\"");
        assertThat(api.put("/api/participations/pa1", changed).status()).isEqualTo(200);

        assertThat(node("Actor", "a1"))
                .containsEntry("name", "Coop du Lédonien")
                .containsEntry("extra.Téléphone", "03 84 00")
                .containsEntry("version", 2L)
                .doesNotContainKey("__lock");
        String withExtra = "id;acteur;projet;rôle;Heures\npa1;a1;p1;porteur;12\n";
        apply(zip(ACTORS, PROJECTS, withExtra));
        participation = api.get("/api/participations/pa1").body();
        assertThat(api.put("/api/participations/pa1", participation.toString()).status())
                .isEqualTo(200);
        assertThat(
                        single(
                                "MATCH ()-[r:TAKES_PART_IN {id: 'pa1'}]->() RETURN r.`extra.Heures`"
                                        + " AS h"))
                .containsEntry("h", "12");
    }

    @Test
    void shouldKeepNoOwnColumnsOfPersons() {
        byte[] file =
                zip(ACTORS.replace("15/9/2021;;", "15/9/2021;;06 12 34"), PROJECTS, PARTICIPATIONS);

        JsonNode dryRun = dryRun(file);
        assertThat(dryRun.get("problems")).isEmpty();
        assertThat(dryRun.get("notes").toString())
                .contains("column Téléphone is not kept for persons")
                .doesNotContain("06 12 34");
        apply(file);

        assertThat(node("Actor", "a3")).doesNotContainKey("extra.Téléphone");
        assertThat(node("Actor", "a1")).containsEntry("extra.Téléphone", "03 84 00");
        database.write(
                tx ->
                        tx.run("MATCH (a:Actor {id: 'a3'}) SET a.`extra.Adresse` = '1 rue'")
                                .consume());
        JsonNode person = api.get("/api/actors/a3").body();
        assertThat(api.put("/api/actors/a3", person.toString()).status()).isEqualTo(200);
        assertThat(node("Actor", "a3")).doesNotContainKey("extra.Adresse");
        database.write(
                tx ->
                        tx.run("MATCH (a:Actor {id: 'a3'}) SET a.`extra.Adresse` = '1 rue'")
                                .consume());
        apply(file);
        assertThat(node("Actor", "a3"))
                .as("an import removes what a person still held")
                .doesNotContainKey("extra.Adresse");
    }

    @Test
    void shouldImportRelationshipsBetweenRecordsAlreadyStored() {
        apply(zip(ACTORS, PROJECTS, PARTICIPATIONS));
        String collaborations =
                "id;Acteur 1;Acteur 2;Nature;Poids;Début\nc1;a1;a2;mutualisation;1,5;03/04/2022\n";

        JsonNode answer =
                api.postFile(
                                "/api/import/dataset?dryRun=false",
                                "collaborations.csv",
                                ImportFiles.withBom(collaborations),
                                Map.of())
                        .body();

        assertThat(answer.get("problems")).isEmpty();
        assertThat(
                        single(
                                "MATCH (:Actor {id: 'a1'})"
                                        + "-[r:COLLABORATES_WITH]->"
                                        + "(:Actor {id: 'a2'})"
                                        + " RETURN r.kind AS kind,"
                                        + " r.weight AS weight"))
                .containsEntry("kind", "POOLING")
                .containsEntry("weight", 1.5);
    }

    @Test
    void shouldReportTheProgressOfAJob() {
        api.postFile(
                "/api/import/dataset?dryRun=true&job=test-job-1",
                "equipe.zip",
                zip(ACTORS, PROJECTS, PARTICIPATIONS),
                Map.of());

        JsonNode status = api.get("/api/import/progress/test-job-1").body();

        assertThat(status.get("phase").asString()).isEqualTo("done");
        assertThat(status.get("done").asLong()).isEqualTo(6);
        assertThat(status.get("total").asLong()).isEqualTo(6);
        assertThat(api.get("/api/import/progress/no-such-job").status()).isEqualTo(404);
        assertThat(
                        api.as(coop.maillage.security.Role.VIEWER)
                                .get("/api/import/progress/test-job-1")
                                .status())
                .isEqualTo(403);
    }

    @Test
    void shouldFollowTheUsersColumnMapping() {
        String actors = ACTORS.replace("Secteur", "Famille d'acteurs");
        String mapping = "{\"acteurs\": {\"Famille d'acteurs\": \"sector\"}}";

        JsonNode answer =
                api.postFile(
                                "/api/import/dataset?dryRun=true",
                                "acteurs.csv",
                                ImportFiles.withBom(actors),
                                Map.of("mapping", mapping))
                        .body();

        assertThat(answer.get("problems")).isEmpty();
        assertThat(answer.get("wouldCreate").get("actors.csv").asLong()).isEqualTo(3);
    }

    static byte[] zip(String actors, String projects, String participations) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("participations.csv", ImportFiles.withBom(participations));
        files.put("acteurs.csv", ImportFiles.withBom(actors));
        files.put("projets.csv", ImportFiles.withBom(projects));
        return ImportFiles.zip(files);
    }

    private JsonNode dryRun(byte[] zip) {
        Api.Response response =
                api.postFile("/api/import/dataset?dryRun=true", "equipe.zip", zip, Map.of());
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private JsonNode apply(byte[] zip) {
        Api.Response response =
                api.postFile("/api/import/dataset?dryRun=false", "equipe.zip", zip, Map.of());
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    /** Each problem as file|line|column|value|its message up to the first ';' or ':'. */
    static List<String> problems(JsonNode answer) {
        List<String> found = new ArrayList<>();
        for (JsonNode p : answer.get("problems")) {
            String message = p.get("message").asString();
            int cut = message.replace(':', ';').indexOf(';');
            found.add(
                    String.join(
                            "|",
                            p.get("file").asString(),
                            p.get("line").asString(),
                            p.get("column").asString(),
                            p.get("value").asString(),
                            cut > 0 ? message.substring(0, cut) : message));
        }
        return found;
    }

    private Map<String, Object> node(String label, String id) {
        return database.read(
                tx ->
                        new TreeMap<>(
                                tx.run(
                                                "MATCH (n:" + label + " {id: $id}) RETURN n",
                                                Map.of("id", id))
                                        .single()
                                        .get("n")
                                        .asNode()
                                        .asMap()));
    }

    private Map<String, Object> single(String cypher) {
        return database.read(tx -> tx.run(cypher).single().asMap());
    }

    private long records() {
        return records(false).size();
    }

    /** Every record (not users, audit events or datasets) with its properties, sorted. */
    private List<String> records(boolean withProperties) {
        return database.read(
                tx -> {
                    List<String> all = new ArrayList<>();
                    tx.run(
                                    """
                                    MATCH (n) WHERE n:Actor OR n:Project OR n:Event
                                    RETURN labels(n) AS l, properties(n) AS p
                                    UNION ALL
                                    MATCH ()-[r]->() WHERE r.id IS NOT NULL
                                    RETURN [type(r)] AS l, properties(r) AS p
                                    """)
                            .forEachRemaining(
                                    r ->
                                            all.add(
                                                    r.get("l").asList()
                                                            + (withProperties
                                                                    ? new TreeMap<>(
                                                                                    r.get("p")
                                                                                            .asMap())
                                                                            .toString()
                                                                    : "")));
                    all.sort(null);
                    return all;
                });
    }
}
