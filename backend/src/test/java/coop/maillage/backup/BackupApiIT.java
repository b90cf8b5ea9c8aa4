package coop.maillage.backup;

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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BackupApiIT extends DatabaseIT {

    private static final String BOUNDARY = "maillage-test-boundary";

    @Autowired private DatasetService datasets;
    @LocalServerPort private int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void shouldDownloadABackupNamedWithTheDate() throws Exception {
        datasets.loadSeed();

        HttpResponse<byte[]> response = get("/api/admin/backup");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "attachment; filename=\"maillage-backup-"
                                + LocalDate.now()
                                + ".jsonl.gz\"");
        assertThat(BackupRestoreIT.lines(response.body()).get(0))
                .startsWith("{\"format\":\"maillage-backup\"");
    }

    @Test
    void shouldRefuseToRestoreIntoADatabaseThatHoldsDataWith409() throws Exception {
        datasets.loadSeed();
        byte[] file = get("/api/admin/backup").body();

        HttpResponse<String> response = postMultipart(file);

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/database-not-empty");
        assertThat(problem.get("detail").asString())
                .startsWith("The database is not empty")
                .contains("MAILLAGE_NEO4J_DATA_DIR");
    }

    @Test
    void shouldRestoreAnUploadIntoAnEmptyDatabase() throws Exception {
        datasets.loadSeed();
        byte[] file = get("/api/admin/backup").body();
        long nodes = datasets.status().counts().get("actors");
        // Empty but for the accounts: the restore replaces them with the backup's.
        database.write(
                tx ->
                        tx.run(
                                        "MATCH (n) WHERE NOT (n:__Migration OR n:User OR"
                                                + " n:ApiToken) DETACH DELETE n")
                                .consume());

        HttpResponse<String> response = postMultipart(file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"relationships\":");
        assertThat(datasets.status().counts().get("actors")).isEqualTo(nodes);
        JsonNode summary = JsonMapper.builder().build().readTree(response.body());
        JsonNode events =
                JsonMapper.builder()
                        .build()
                        .readTree(get("/api/audit?action=restore").body())
                        .get("items");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("user").asString()).isEqualTo(TestUsers.username(Role.ADMIN));
        assertThat(events.get(0).get("entity").asString()).isEqualTo("database");
        assertThat(events.get(0).get("at").asString()).isNotBlank();
        assertThat(events.get(0).get("detail").asString())
                .isEqualTo(
                        summary.get("nodes").asLong()
                                + " nodes and "
                                + summary.get("relationships").asLong()
                                + " relationships");
    }

    @Test
    void shouldAnswer422WithTheLineOfABadFile() throws Exception {
        byte[] bad = BackupRestoreIT.gzip(java.util.List.of("{\"format\": \"csv\"}"));

        HttpResponse<String> response =
                client.send(
                        signedIn(uri("/api/admin/restore"))
                                .header("Content-Type", "application/gzip")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bad))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("line").asInt()).isEqualTo(1);
        assertThat(problem.get("detail").asString()).startsWith("line 1: this is not the header");
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(
                signedIn(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> postMultipart(byte[] file)
            throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--"
                                + BOUNDARY
                                + "\r\nContent-Disposition: form-data; name=\"file\";"
                                + " filename=\"backup.jsonl.gz\"\r\n"
                                + "Content-Type: application/gzip\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return client.send(
                signedIn(uri("/api/admin/restore"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request as an admin, with an API token. */
    private static HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + TestUsers.token(Role.ADMIN));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
