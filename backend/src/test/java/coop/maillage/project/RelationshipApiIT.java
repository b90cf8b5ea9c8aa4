package coop.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationshipApiIT extends DatabaseIT {

    @BeforeEach
    void actorsAndAProject() {
        api.post("/api/actors", actor("pole", "POLE"));
        api.post("/api/actors", actor("biocoop", "COOPERATIVE"));
        api.post(
                "/api/projects",
                """
                {"id": "p1", "name": "Recyclerie", "stage": "D3", "status": "EMERGING",
                 "scoreOwnership": 7, "scoreTotal": 27, "provenance": "illustrative"}
                """);
    }

    @Test
    void shouldCreateUpdateAndListAParticipation() {
        Response created =
                api.post(
                        "/api/participations",
                        """
                        {"id": "tp1", "actor": "biocoop", "project": "p1", "role": "LEAD",
                         "from": "2019-03-01", "provenance": "illustrative"}
                        """);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("actor").asString()).isEqualTo("biocoop");

        Response updated =
                api.put(
                        "/api/participations/tp1",
                        """
                        {"id": "tp1", "actor": "pole", "project": "p1", "role": "FACILITATOR",
                         "from": "2019-03-01", "provenance": "illustrative", "version": 1}
                        """);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("actor").asString()).isEqualTo("pole");
        assertThat(updated.body().get("version").asLong()).isEqualTo(2);

        assertThat(
                        api.get("/api/participations?project=p1&role=FACILITATOR")
                                .body()
                                .get("total")
                                .asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/participations?actor=biocoop").body().get("total").asLong())
                .isZero();
    }

    @Test
    void shouldNameTheFieldOfAnUnknownReference() {
        Response response =
                api.post(
                        "/api/memberships",
                        """
                        {"id": "m1", "actor": "ghost", "pole": "pole", "college": "c1",
                         "from": "2016-01-01", "provenance": "illustrative"}
                        """);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("actor");
        assertThat(response.body().get("detail").asString()).contains("ghost");
    }

    @Test
    void shouldAttendEitherAnEventOrAWorkshop() {
        api.post(
                "/api/events",
                """
                {"id": "sut-2017", "name": "Start-Up de Territoire", "type":
                 "STARTUP_DE_TERRITOIRE", "from": "2017-06-01", "participants": 400,
                 "provenance": "illustrative"}
                """);
        Response workshop =
                api.post(
                        "/api/workshops",
                        """
                        {"id": "w1", "name": "Atelier mobilité", "event": "sut-2017",
                         "project": "p1", "provenance": "illustrative"}
                        """);
        assertThat(workshop.status()).isEqualTo(201);
        for (String target : new String[] {"sut-2017", "w1"}) {
            Response attended =
                    api.post(
                            "/api/attendances",
                            "{\"id\": \"at-"
                                    + target
                                    + "\", \"actor\": \"biocoop\","
                                    + " \"target\": \""
                                    + target
                                    + "\","
                                    + " \"provenance\": \"illustrative\"}");
            assertThat(attended.status()).isEqualTo(201);
        }
        Response wrong =
                api.post(
                        "/api/attendances",
                        """
                        {"id": "at-x", "actor": "biocoop", "target": "p1",
                         "provenance": "illustrative"}
                        """);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body().get("detail").asString()).contains("event or workshop");
        long linked =
                database.read(
                        tx ->
                                tx.run(
                                                "MATCH (:Workshop {id: 'w1'})-[l]->()"
                                                        + " WHERE l.provenance IS NOT NULL"
                                                        + " RETURN count(l) AS c")
                                        .single()
                                        .get("c")
                                        .asLong());
        assertThat(linked).as("PART_OF and WORKED_ON links").isEqualTo(2);
    }

    private static String actor(String id, String kind) {
        return """
        {"id": "%s", "name": "%s", "kind": "%s", "sector": "ESS", "person": false,
         "provenance": "illustrative"}
        """
                .formatted(id, id, kind);
    }
}
