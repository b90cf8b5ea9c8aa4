package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer under {@code /api} that is an error is a problem response that names the parameter,
 * the value and what is expected: type errors in query parameters, unknown parameters of the
 * analysis endpoints, URLs the firewall refuses, {@code /error} itself, an over-long URL.
 */
class ApiProblemsIT extends DatabaseIT {

    @Autowired private DatasetService datasets;
    @LocalServerPort private int port;

    @Test
    void shouldNameTheParameterTheValueAndTheTypeOfAQueryTypeError() {
        Response answer = api.get("/api/metrics/graph?year=abc");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("title").asString()).isEqualTo("Bad parameter");
        assertThat(answer.body().get("detail").asString())
                .isEqualTo("year: 'abc' is not a whole number")
                .doesNotContain("java.lang");
        assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("year");
    }

    @Test
    void shouldNameABooleanParameterOfTheWrongType() {
        Response cumulative = api.get("/api/network?cumulative=perhaps");

        assertThat(cumulative.status()).isEqualTo(400);
        assertThat(cumulative.body().get("detail").asString())
                .isEqualTo("cumulative: 'perhaps' is not true or false");
    }

    @Test
    void shouldRefuseUnknownParametersOfTheAnalysisEndpoints() {
        for (String path :
                new String[] {
                    "/api/network", "/api/metrics/graph", "/api/metrics/nodes",
                    "/api/metrics/timeline", "/api/metrics/blocks", "/api/hypotheses"
                }) {
            Response answer = api.get(path + "?foo=bar");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.body().get("detail").asString())
                    .as(path)
                    .startsWith("foo: unknown parameter; allowed: ")
                    .contains("year", "layers", "permutations");
        }
    }

    @Test
    void shouldStillAcceptTheParametersTheFrontEndSends() {
        datasets.loadSeed();

        assertThat(
                        api.get(
                                        "/api/network?year=2020&layers=collaborations%2Cprojects"
                                                + "&withoutPole=false&cumulative=false"
                                                + "&permutations=0")
                                .status())
                .isEqualTo(200);
        assertThat(api.get("/api/metrics/timeline?permutations=0").status()).isEqualTo(200);
        assertThat(
                        api.get(
                                        "/api/metrics/timeline?groupBy=sector&withoutPole=false"
                                                + "&permutations=0")
                                .status())
                .isEqualTo(200);
        assertThat(api.get("/api/hypotheses?from=2018&to=2020&permutations=0").status())
                .isEqualTo(200);
    }

    @Test
    void shouldAnswerAUrlTheFirewallRefusesWithAProblem() {
        Response answer = api.get("/api//actors");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asString()).contains("//");
    }

    @Test
    void shouldAnswerADirectRequestForErrorWith404AsAProblem() {
        Response answer = api.get("/error");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void shouldAnswerAnUnknownApiPathOrStaticFileWithAProblem() {
        Response answer = api.anonymous().get("/no-such-page.html");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldAnswerAnOverLongUrlWithAProblem() throws Exception {
        HttpResponse<String> answer =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + port
                                                                + "/api/actors?q="
                                                                + "a".repeat(100_000)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":400").doesNotContain("<html");
    }
}
