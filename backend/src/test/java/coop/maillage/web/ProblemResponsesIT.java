package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import org.junit.jupiter.api.Test;

/**
 * A body the API cannot take gets a problem whose detail names the field, the value and the fix in
 * plain words, with an {@code errors} entry per field — also when the body is not even JSON.
 */
class ProblemResponsesIT extends DatabaseIT {

    private static final String ACTOR =
            """
            {"id": "a1", "name": "A", "kind": "COMPANY", "sector": "ESS", "person": false,
             "from": "2019-01-01", "provenance": "illustrative"}\
            """;

    @Test
    void shouldListEveryMissingFieldOfAnEmptyActor() {
        Response response = api.post("/api/actors", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("id", "name", "kind", "sector", "person", "provenance");
        assertThat(response.body().get("detail").asString())
                .contains("person: must not be null")
                .doesNotContain("Cannot map", "DeserializationFeature");
    }

    @Test
    void shouldRefuseAnUnknownFieldNamingItAndTheKnownOnes() {
        Response response = api.post("/api/actors", ACTOR.replace("}", ", \"foo\": 1}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString())
                .isEqualTo(
                        "foo: unknown field; remove it (known fields: commune, from, id, kind,"
                                + " name, person, provenance, sector, territory, to, version)");
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .containsExactly("foo");
        assertThat(api.get("/api/actors/a1").status()).isEqualTo(404);
    }

    @Test
    void shouldSayWhereAnIncompleteBodyEnds() {
        Response response = api.post("/api/actors", "{\"id\": \"a\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString())
                .isEqualTo(
                        "the body is not complete JSON: it ends at line 1 column 11 before every"
                                + " object and text is closed — send a complete JSON object");
        assertThat(response.body().get("errors")).hasSize(1);
        assertThat(response.body().get("errors").get(0).get("field").isNull()).isTrue();
    }

    @Test
    void shouldNameTheFieldTheValueAndWhatIsExpectedForAWrongType() {
        assertDetail(
                "/api/actors",
                ACTOR.replace("\"ESS\"", "\"BANK\""),
                "sector: 'BANK' is not valid here; send one of ESS, ENTREPRISE, PUBLIC, RECHERCHE,"
                        + " CITOYEN, FINANCEUR");
        assertDetail(
                "/api/actors",
                ACTOR.replace("2019-01-01", "2019-02-30"),
                "from: '2019-02-30' is not valid here; send a date written yyyy-mm-dd (e.g."
                        + " 2019-06-30)");
        assertDetail(
                "/api/actors",
                ACTOR.replace("\"person\": false", "\"person\": \"maybe\""),
                "person: 'maybe' is not valid here; send true or false");
        assertDetail(
                "/api/actors",
                ACTOR.replace("\"name\": \"A\"", "\"name\": [\"A\"]"),
                "name: a list is not valid here; send text");
        assertDetail(
                "/api/figures",
                """
                {"id": "f1", "subject": "s", "metric": "m", "source": "src", "value": "abc"}\
                """,
                "value: 'abc' is not valid here; send a number");
        assertDetail(
                "/api/actors",
                "[]",
                "the body is a list, not a JSON object — send one JSON object with the record's"
                        + " fields");
    }

    @Test
    void shouldReportCrossFieldRulesOnTheFieldToCorrect() {
        Response response =
                api.post(
                        "/api/actors",
                        ACTOR.replace("COMPANY", "CITIZEN")
                                .replace("}", ", \"to\": \"2018-06-30\"}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("person", "to");
        assertThat(response.body().get("detail").asString())
                .contains(
                        "person: must be true for kind CITIZEN, a natural person; set it to true"
                                + " or change the kind",
                        "to: 'to' (2018-06-30) is before 'from' (2019-01-01): swap the dates or"
                                + " correct one of them");
        assertThat(response.raw()).doesNotContain("personFlagConsistent", "intervalInOrder");
    }

    @Test
    void shouldRefuseAProjectTotalThatIsNotTheSumOfItsPillars() {
        String project =
                """
                {"id": "p1", "name": "P", "scoreOwnership": 5, "scoreAnchoring": 5,
                 "scoreHybrid": 5, "scoreResilience": 1, "scoreTotal": 3,
                 "provenance": "illustrative"}\
                """;

        Response refused = api.post("/api/projects", project);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo(
                        "scoreTotal: is 3 but the four pillar scores add up to 16: send 16, or"
                                + " leave it empty to have it computed");
        assertThat(refused.body().get("errors").findValuesAsString("field"))
                .containsExactly("scoreTotal");

        Response computed = api.post("/api/projects", project.replace("\"scoreTotal\": 3,", ""));
        assertThat(computed.status()).as(computed.raw()).isEqualTo(201);
        assertThat(computed.body().get("scoreTotal").asDouble()).isEqualTo(16.0);
        String decimals =
                project.replace("5,", "5.1,").replace("\"scoreTotal\": 3", "\"scoreTotal\": 16.3");
        assertThat(api.post("/api/projects", decimals.replace("p1", "p2")).status()).isEqualTo(201);
    }

    private void assertDetail(String path, String body, String detail) {
        Response response = api.post(path, body);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.body().get("detail").asString()).as(body).isEqualTo(detail);
        assertThat(response.body().get("errors")).as(body).hasSize(1);
    }
}
