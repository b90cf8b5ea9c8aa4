package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.neo4j.DatabaseEndpoint;
import coop.maillage.neo4j.EmbeddedNeo4j;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/** The running application: UI files, D3, the OpenAPI document, and Bolt for other clients. */
class WebAppIT extends DatabaseIT {

    @Autowired DatabaseEndpoint endpoint;
    @Autowired DatasetService datasets;

    @Test
    void shouldServeTheHomePageWithItsDemonstrationBannerAndD3() {
        Response home = api.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.raw()).contains("id=\"demo-banner\"", "js/main.js");
        assertThat(api.get("/js/main.js").status()).isEqualTo(200);
        Response d3 = api.get("/webjars/d3/dist/d3.min.js");
        assertThat(d3.status()).isEqualTo(200);
        assertThat(d3.raw()).contains("forceSimulation");
    }

    @Test
    void shouldDocumentTheApiInOpenApi() {
        Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/actors")).isTrue();
        assertThat(docs.body().get("paths").has("/api/network")).isTrue();
    }

    @Test
    void shouldLetABoltClientWithThePasswordSeeTheSeedGraph() {
        datasets.loadSeed();
        String password =
                readPassword(Path.of(endpoint.dataDirectory(), EmbeddedNeo4j.PASSWORD_FILE));
        try (var driver =
                        GraphDatabase.driver(
                                endpoint.uri(),
                                AuthTokens.basic(EmbeddedNeo4j.BOLT_USER, password));
                var session = driver.session()) {
            long actors =
                    session.run("MATCH (a:Actor) RETURN count(a) AS c").single().get("c").asLong();
            assertThat(actors).isEqualTo(214);
        }
    }

    private static String readPassword(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
