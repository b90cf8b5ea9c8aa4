package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import coop.maillage.security.Role;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies over {@code maillage.web.max-body-size} (1 MB) are refused with 413 and a problem
 * naming the limit and the setting, whether they declare their length or come chunked; file-upload
 * paths have their own, larger limit; an over-long URL gets a 4xx at once.
 */
class RequestSizeIT extends DatabaseIT {

    private static final int MEGABYTE = 1024 * 1024;
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @LocalServerPort int port;

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    @Test
    void shouldRefuseADeclaredBodyOverTheLimitNamingTheSetting() {
        Response response = api.post("/api/actors", actor(MEGABYTE + MEGABYTE / 2));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.body().get("detail").asString())
                .contains("limit of 1 MB", "maillage.web.max-body-size");
        assertThat(response.body().get("limit").asLong()).isEqualTo(MEGABYTE);
        assertThat(api.get("/api/actors/big").status()).isEqualTo(404);
    }

    @Test
    void shouldCountAChunkedBodyWithoutContentLength() throws Exception {
        byte[] body = actor(MEGABYTE + MEGABYTE / 2).getBytes(StandardCharsets.UTF_8);
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/actors"))
                        .header("Content-Type", "application/json")
                        // Signed in: a body without credentials is refused unread (401).
                        .header("Authorization", "Bearer " + TestUsers.token(Role.EDITOR))
                        .POST(
                                HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(body)))
                        .build();
        HttpResponse<String> response = assertTimeoutPreemptively(QUICKLY, () -> send(request));
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("setting").asString()).isEqualTo("maillage.web.max-body-size");
        assertThat(api.get("/api/actors/big").status()).isEqualTo(404);
    }

    @Test
    void shouldStillValidateABodyUnderTheLimit() {
        Response response = api.post("/api/actors", actor(MEGABYTE / 2));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString()).contains("provenance");
    }

    @Test
    void shouldGiveUploadsTheirOwnLargerLimit() {
        String twoMegabytes = "{\"x\": \"" + "a".repeat(2 * MEGABYTE) + "\"}";
        assertThat(api.post("/api/import/graph", twoMegabytes).status()).isNotEqualTo(413);
        assertThat(RequestSizeFilter.isUpload("/api/import/graph")).isTrue();
        assertThat(RequestSizeFilter.isUpload("/api/admin/restore")).isTrue();
        assertThat(RequestSizeFilter.isUpload("/api/actors")).isFalse();
    }

    @Test
    void shouldRefuseAnOverLongUrlAtOnce() throws Exception {
        String query = "q=" + "a".repeat(100_000);
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/actors?" + query))
                        .GET()
                        .build();
        HttpResponse<String> response = assertTimeoutPreemptively(QUICKLY, () -> send(request));
        assertThat(response.statusCode()).isBetween(400, 499);
        Response underTheLimit = api.get("/api/actors?q=" + "a".repeat(4_000));
        assertThat(underTheLimit.status()).isEqualTo(400);
        assertThat(underTheLimit.body().get("detail").asString()).contains("at most 200");
    }

    private HttpResponse<String> send(HttpRequest request)
            throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An actor whose provenance is {@code size} characters long. */
    private static String actor(int size) {
        return """
        {"id": "big", "name": "Big", "kind": "COMPANY", "sector": "ENTREPRISE",
         "person": false, "provenance": "%s"}
        """
                .formatted("p".repeat(size));
    }
}
