package coop.maillage.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.security.Role;
import coop.maillage.support.Api;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The ways a user who may not see names could still learn a person's name, commune or quote:
 * grouping by any attribute, searching by name, filtering by commune, reading provenances.
 */
class PersonLeaksIT extends DatabaseIT {

    private static final String NAME = "Jeanne Dupont-Secret";
    private static final String QUOTE = "entretien.txt: entretien avec Jeanne Dupont-Secret, 2020";

    @Autowired Pseudonyms pseudonyms;

    /**
     * Two organisations in Lons-le-Saunier and one citizen, the only actor in Perrigny, tied to one
     * of them in 2024.
     */
    @BeforeEach
    void smallTerritory() {
        pseudonyms.reset();
        api.post(
                "/api/territories",
                "{\"id\": \"jura\", \"name\": \"Jura\", \"provenance\": \"illustrative\"}");
        actor("o1", "Biocoop", "COOPERATIVE", "ESS", "Lons-le-Saunier", false, "illustrative");
        actor("o2", "Mairie", "LOCAL_GOVERNMENT", "PUBLIC", "Lons-le-Saunier", false, "x.txt");
        actor("c1", NAME, "CITIZEN", "CITOYEN", "Perrigny", true, QUOTE);
        tie("t1", "o1", "c1", QUOTE);
        tie("t2", "o1", "o2", "illustrative");
    }

    @Test
    void shouldRefuseToGroupByAnAttributeNotMeantForGrouping() {
        for (String path :
                List.of(
                        "/api/metrics/blocks?year=2024",
                        "/api/metrics/graph?year=2024",
                        "/api/metrics/timeline?from=2024&to=2024",
                        "/api/network?year=2024",
                        "/api/hypotheses?from=2024&to=2024")) {
            Response answer = api.as(Role.VIEWER).get(path + "&permutations=0&groupBy=name");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.raw())
                    .as(path)
                    .contains("sector, college, kind, commune, territory")
                    .doesNotContain("Dupont");
        }
    }

    @Test
    void shouldStillRefuseAGroupByThatNoActorHas() {
        Response answer = api.as(Role.VIEWER).get("/api/network?year=2024&groupBy=college");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.raw())
                .contains("no actor has the attribute", "sector, kind, commune, territory");
    }

    @Test
    void shouldLeavePersonsOutOfCommuneGroupsForUsersWhoMayNotSeeNames() {
        String path = "/api/metrics/blocks?year=2024&groupBy=commune&permutations=0";
        assertThat(api.get(path).raw()).as("editors and admins see communes").contains("Perrigny");
        for (Role role : List.of(Role.VIEWER, Role.RESEARCHER)) {
            Response blocks = api.as(role).get(path);
            assertThat(blocks.status()).isEqualTo(200);
            assertThat(blocks.raw()).contains("Lons-le-Saunier").doesNotContain("Perrigny");
            for (String other :
                    List.of(
                            "/api/metrics/graph?year=2024",
                            "/api/network?year=2024",
                            "/api/metrics/timeline?from=2024&to=2024")) {
                assertThat(api.as(role).get(other + "&groupBy=commune&permutations=0").raw())
                        .as(other)
                        .doesNotContain("Perrigny", "Dupont");
            }
        }
    }

    @Test
    void shouldFindPersonsByPseudonymOnlyForUsersWhoMayNotSeeNames() {
        assertThat(total(api, "/api/actors?q=Dupont")).isEqualTo(1);
        String pseudonym = api.as(Role.VIEWER).get("/api/actors/c1").body().get("name").asString();
        for (Role role : List.of(Role.VIEWER, Role.RESEARCHER)) {
            Api user = api.as(role);
            assertThat(total(user, "/api/actors?q=Dupont")).as("the real name").isZero();
            assertThat(total(user, "/api/actors?q=Jeanne")).as("the first name").isZero();
            assertThat(total(user, "/api/actors?q=upo")).as("letter probing").isZero();
            assertThat(total(user, "/api/actors?q=" + pseudonym)).isEqualTo(1);
            assertThat(total(user, "/api/actors?q=" + pseudonym.substring(2, 6).toLowerCase()))
                    .isEqualTo(1);
            assertThat(total(user, "/api/actors?q=bio")).as("organisations by name").isEqualTo(1);
        }
    }

    @Test
    void shouldNotFilterPersonsByTheirHiddenCommune() {
        assertThat(total(api, "/api/actors?commune=Perrigny")).isEqualTo(1);
        Api viewer = api.as(Role.VIEWER);
        assertThat(total(viewer, "/api/actors?commune=Perrigny")).isZero();
        assertThat(total(viewer, "/api/actors?commune=Lons-le-Saunier")).isEqualTo(2);
        Response refused = viewer.get("/api/actors?commune=Perrigny&person=true");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("commune");
    }

    @Test
    void shouldWithholdTheQuoteOfAPersonsProvenance() {
        String withheld = "entretien.txt: " + Privacy.WITHHELD;
        assertThat(api.get("/api/actors/c1").body().get("provenance").asString()).isEqualTo(QUOTE);
        assertThat(api.get("/api/collaborations/t1").body().get("provenance").asString())
                .isEqualTo(QUOTE);
        for (Role role : List.of(Role.VIEWER, Role.RESEARCHER)) {
            Api user = api.as(role);
            assertThat(user.get("/api/actors/c1").body().get("provenance").asString())
                    .isEqualTo(withheld);
            assertThat(user.get("/api/actors?person=true").raw()).doesNotContain("Dupont");
            assertThat(user.get("/api/collaborations/t1").body().get("provenance").asString())
                    .isEqualTo(withheld);
            JsonNode ties = user.get("/api/collaborations").body().get("items");
            assertThat(ties.toString()).doesNotContain("Dupont").contains("illustrative", withheld);
            assertThat(user.get("/api/actors/o2").body().get("provenance").asString())
                    .isEqualTo("x.txt");
        }
    }

    private void actor(
            String id,
            String name,
            String kind,
            String sector,
            String commune,
            boolean person,
            String provenance) {
        Response created =
                api.post(
                        "/api/actors",
                        """
                        {"id": "%s", "name": "%s", "kind": "%s", "sector": "%s",
                         "commune": "%s", "person": %s, "from": "2020-01-01",
                         "territory": "jura", "provenance": "%s"}
                        """
                                .formatted(id, name, kind, sector, commune, person, provenance));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private void tie(String id, String source, String target, String provenance) {
        Response created =
                api.post(
                        "/api/collaborations",
                        """
                        {"id": "%s", "source": "%s", "target": "%s", "kind": "PARTNERSHIP",
                         "weight": 1, "from": "2024-01-01", "provenance": "%s"}
                        """
                                .formatted(id, source, target, provenance));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private static long total(Api user, String path) {
        Response answer = user.get(path);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body().get("total").asLong();
    }
}
