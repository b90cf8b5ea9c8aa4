package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.security.Role;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full export of the dataset imported into an empty database gives back the same graph: every
 * node and relationship of the data format with every property and its type (the seed, plus records
 * created and edited through the API). A pseudonymised export imports cleanly too, with pseudonyms
 * in place of the persons' ids and names.
 */
class DatasetRoundTripIT extends DatabaseIT {

    private static final String BOUNDARY = "maillage-export-test";
    private static final String IMPORT = "/api/import/dataset?dryRun=false";

    @Autowired private DatasetService datasets;
    @LocalServerPort private int port;

    private Downloads downloads;

    @BeforeEach
    void loadSeedAndEditSomeRecords() {
        datasets.loadSeed();
        downloads = new Downloads(port);
        String actor =
                """
                {"id": "edf-jura", "name": "EDF « agence », Jura", "kind": "COMPANY",
                 "sector": "ENTREPRISE", "commune": "Lons-le-Saunier", "person": false,
                 "from": "2014-03-15", "territory": "pays-ledonien",
                 "provenance": "000_5186f769c243029d.txt: « EDF, \\"agence\\" »\\nligne 2"}
                """;
        assertThat(api.post("/api/actors", actor).status()).isEqualTo(201);
        assertThat(
                        api.put(
                                        "/api/actors/edf-jura",
                                        actor.replace("agence »", "agence » Jura")
                                                .replace("}", ", \"version\": 1}"))
                                .status())
                .isEqualTo(200);
        String collaboration =
                """
                {"id": "co-edf", "source": "edf-jura", "target": "clusterjura",
                 "kind": "PARTNERSHIP", "weight": 2.5, "from": "2019-03-01",
                 "to": "2021-06-30", "provenance": "illustrative"}
                """;
        assertThat(api.post("/api/collaborations", collaboration).status()).isEqualTo(201);
    }

    @Test
    void shouldGiveBackTheSameGraphAfterAnExportWithNamesAndAnImportIntoAnEmptyDatabase()
            throws Exception {
        DomainGraph before = DomainGraph.of(database);
        Downloads.Download export = downloads.get(Role.ADMIN, "/api/export/dataset.zip?names=true");
        assertThat(export.status()).isEqualTo(200);

        emptyDomain();
        assertThat(DomainGraph.of(database).nodes()).isEmpty();
        JsonNode answer = importZip(export.body());

        assertThat(answer.get("written").asBoolean()).as(answer.toString()).isTrue();
        DomainGraph after = DomainGraph.of(database);
        assertThat(after.nodes()).isEqualTo(before.nodes());
        assertThat(after.relationships()).isEqualTo(before.relationships());
        assertThat(before.nodes()).hasSizeGreaterThan(400);
        assertThat(before.relationships()).hasSizeGreaterThan(1000);
    }

    @Test
    void shouldImportAPseudonymisedExportCleanlyWithPseudonymsForPersons() throws Exception {
        DomainGraph before = DomainGraph.of(database);
        List<String> personNames =
                database.read(
                        tx ->
                                tx.run("MATCH (a:Actor {person: true}) RETURN a.name AS n")
                                        .list(r -> r.get("n").asString()));
        Downloads.Download export = downloads.get(Role.RESEARCHER, "/api/export/dataset.zip");
        assertThat(export.status()).isEqualTo(200);

        emptyDomain();
        JsonNode answer = importZip(export.body());

        assertThat(answer.get("written").asBoolean()).as(answer.toString()).isTrue();
        DomainGraph after = DomainGraph.of(database);
        assertThat(after.nodes()).hasSameSizeAs(before.nodes());
        assertThat(after.relationships()).hasSameSizeAs(before.relationships());
        List<Map<String, Object>> persons =
                database.read(
                        tx ->
                                tx.run(
                                                "MATCH (a:Actor {person: true}) RETURN a.id AS id,"
                                                        + " a.name AS name, a.commune AS commune")
                                        .list(r -> r.asMap()));
        assertThat(persons).hasSize(personNames.size()).isNotEmpty();
        assertThat(persons)
                .allSatisfy(
                        p -> {
                            assertThat((String) p.get("id")).matches("P-[A-Z2-9]{8}");
                            assertThat(p.get("name")).isEqualTo(p.get("id"));
                            assertThat(p.get("commune")).isNull();
                        });
        String everything = after.nodes() + " " + after.relationships();
        assertThat(personNames).noneMatch(everything::contains);
        assertThat(after.nodesWith("id=STRING clusterjura"))
                .isEqualTo(before.nodesWith("id=STRING clusterjura"));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void emptyDomain() {
        database.write(
                tx ->
                        tx.run(
                                        "MATCH (n) WHERE "
                                                + DomainGraph.DOMAIN
                                                + " OR n:Dataset DETACH DELETE n")
                                .consume());
    }

    private JsonNode importZip(byte[] zip) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--"
                                + BOUNDARY
                                + "\r\n"
                                + "Content-Disposition: form-data; name=\"file\";"
                                + " filename=\"dataset.zip\"\r\n"
                                + "Content-Type: application/zip\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base() + IMPORT))
                                        .header(
                                                "Authorization",
                                                "Bearer " + TestUsers.token(Role.ADMIN))
                                        .header(
                                                "Content-Type",
                                                "multipart/form-data; boundary=" + BOUNDARY)
                                        .POST(
                                                HttpRequest.BodyPublishers.ofByteArray(
                                                        body.toByteArray()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
