package coop.maillage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActorApiIT extends DatabaseIT {

    static final String EDF =
            """
            {"id": "edf-jura", "name": "EDF agence Jura", "kind": "COMPANY",
             "sector": "ENTREPRISE", "commune": "Lons-le-Saunier", "person": false,
             "from": "2014-01-01", "territory": "pays-ledonien",
             "provenance": "000_5186f769c243029d.txt: « EDF »"}
            """;

    @BeforeEach
    void territory() {
        api.post(
                "/api/territories",
                "{\"id\": \"pays-ledonien\", \"name\": \"Pays lédonien\","
                        + " \"provenance\": \"illustrative\"}");
    }

    @Test
    void shouldCreateReadAndListAnActor() {
        Response created = api.post("/api/actors", EDF);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("version").asLong()).isEqualTo(1);

        Response read = api.get("/api/actors/edf-jura");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("name").asString()).isEqualTo("EDF agence Jura");
        assertThat(read.body().get("from").asString()).isEqualTo("2014-01-01");
        assertThat(read.body().get("sector").asString()).isEqualTo("ENTREPRISE");

        Response list = api.get("/api/actors?sector=entreprise&q=edf");
        assertThat(list.body().get("total").asLong()).isEqualTo(1);
        assertThat(list.body().get("items").get(0).get("id").asString()).isEqualTo("edf-jura");
        assertThat(api.get("/api/actors?sector=ESS").body().get("total").asLong()).isZero();
    }

    @Test
    void shouldPageListsInIdOrder() {
        for (int i = 0; i < 5; i++) {
            api.post("/api/actors", EDF.replace("edf-jura", "a" + i));
        }
        Response page = api.get("/api/actors?page=1&size=2");
        assertThat(page.body().get("total").asLong()).isEqualTo(5);
        assertThat(page.body().get("items").get(0).get("id").asString()).isEqualTo("a2");
        assertThat(page.body().get("items").size()).isEqualTo(2);
    }

    @Test
    void shouldUpdateWithTheVersionReadAndRefuseAStaleOne() {
        api.post("/api/actors", EDF);
        String renamed =
                EDF.replace("EDF agence Jura", "EDF Jura").replace("}", ", \"version\": 1}");

        Response first = api.put("/api/actors/edf-jura", renamed);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("version").asLong()).isEqualTo(2);

        Response stale = api.put("/api/actors/edf-jura", renamed);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("detail").asString()).contains("version 2");
    }

    @Test
    void shouldRejectInvalidFieldsNamingEachFieldAndTheFix() {
        Response response =
                api.post(
                        "/api/actors",
                        """
                        {"id": "bad id!", "name": "", "kind": "CITIZEN", "sector": "ESS",
                         "person": false, "from": "2020-01-01", "to": "2019-01-01"}
                        """);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .contains("id", "name", "provenance", "person", "to");
        assertThat(response.body().get("detail").asString())
                .contains("to: 'to' (2019-01-01) is before 'from' (2020-01-01)");
    }

    @Test
    void shouldNameTheAllowedValuesOfAnUnknownSector() {
        Response response = api.post("/api/actors", EDF.replace("ENTREPRISE", "BANK"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString())
                .contains("sector", "BANK", "ESS, ENTREPRISE, PUBLIC");
    }

    @Test
    void shouldRejectADuplicateIdAndAnUnknownFilter() {
        api.post("/api/actors", EDF);
        assertThat(api.post("/api/actors", EDF).status()).isEqualTo(409);
        Response badFilter = api.get("/api/actors?colour=blue");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body().get("detail").asString()).contains("colour", "sector");
    }

    @Test
    void shouldAnswerNotFoundWithAProblem() {
        Response response = api.get("/api/actors/nobody");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asString()).contains("nobody");
    }

    @Test
    void shouldRemoveTheActorsTiesWhenDeletingIt() {
        api.post("/api/actors", EDF);
        api.post("/api/actors", EDF.replace("edf-jura", "other"));
        Response tie =
                api.post(
                        "/api/collaborations",
                        """
                        {"id": "c1", "source": "edf-jura", "target": "other",
                         "kind": "PARTNERSHIP", "weight": 2, "from": "2016-01-01",
                         "provenance": "illustrative"}
                        """);
        assertThat(tie.status()).isEqualTo(201);

        assertThat(api.delete("/api/actors/edf-jura").status()).isEqualTo(204);

        assertThat(api.get("/api/collaborations/c1").status()).isEqualTo(404);
        assertThat(api.get("/api/actors/other").status()).isEqualTo(200);
    }
}
