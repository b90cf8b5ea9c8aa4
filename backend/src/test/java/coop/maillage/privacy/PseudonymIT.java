package coop.maillage.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.security.Role;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Users who may not see names get stable pseudonyms for natural persons, everywhere. */
class PseudonymIT extends DatabaseIT {

    @Autowired DatasetService datasets;
    @Autowired Pseudonyms pseudonyms;

    @Test
    void shouldShowPersonsUnderAStablePseudonymWithoutTheirCommune() {
        pseudonyms.reset();
        api.post(
                "/api/actors",
                """
                {"id": "c1", "name": "Camille Martin", "kind": "CITIZEN", "sector": "CITOYEN",
                 "commune": "Lons-le-Saunier", "person": true, "provenance": "illustrative"}
                """);
        assertThat(api.get("/api/actors/c1").body().get("name").asString())
                .as("editors and admins see names")
                .isEqualTo("Camille Martin");
        Response first = api.as(Role.RESEARCHER).get("/api/actors/c1");
        assertThat(first.raw()).doesNotContain("Camille", "Martin", "Lons");
        String pseudonym = first.body().get("name").asString();
        assertThat(pseudonym).matches("P-[A-Z2-9]{8}");
        assertThat(
                        api.as(Role.VIEWER)
                                .get("/api/actors?person=true")
                                .body()
                                .get("items")
                                .get(0)
                                .get("name")
                                .asString())
                .isEqualTo(pseudonym);
        pseudonyms.reset();
        assertThat(api.as(Role.VIEWER).get("/api/actors/c1").body().get("name").asString())
                .as("stable: the key is kept in the database")
                .isEqualTo(pseudonym);
    }

    @Test
    void shouldKeepOrganisationsNamed() {
        api.post(
                "/api/actors",
                """
                {"id": "o1", "name": "Biocoop", "kind": "COOPERATIVE", "sector": "ESS",
                 "person": false, "provenance": "illustrative"}
                """);
        assertThat(api.as(Role.VIEWER).get("/api/actors/o1").body().get("name").asString())
                .isEqualTo("Biocoop");
    }

    @Test
    void shouldPseudonymisePersonsOnTheMap() {
        pseudonyms.reset();
        datasets.loadSeed();
        Response network = api.as(Role.VIEWER).get("/api/network?year=2024&permutations=0");
        long persons = 0;
        for (var node : network.body().get("nodes")) {
            var attributes = node.get("attributes");
            if ("true".equals(attributes.path("person").asString(""))) {
                persons++;
                assertThat(attributes.get("name").asString()).matches("P-[A-Z2-9]{8}");
                assertThat(attributes.has("commune")).isFalse();
            }
        }
        assertThat(persons).isPositive();
    }
}
