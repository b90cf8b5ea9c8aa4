package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.neo4j.DatabaseEndpoint;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
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
    void shouldLetAnyBoltClientSeeTheSeedGraph() {
        datasets.loadSeed();
        try (var driver = GraphDatabase.driver(endpoint.uri(), AuthTokens.none());
                var session = driver.session()) {
            long actors =
                    session.run("MATCH (a:Actor) RETURN count(a) AS c").single().get("c").asLong();
            assertThat(actors).isEqualTo(213);
        }
    }
}
