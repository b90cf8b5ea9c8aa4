package coop.maillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record that others name by id cannot be deleted from under them, and a write cannot name a
 * record that does not exist or is of the wrong kind. The counts and ids expected on the seed were
 * read from its CSV files (21 workshops of ev-sdt-lons-2019, 13 memberships of col-salaries).
 */
class ReferentialIntegrityIT extends DatabaseIT {

    @Autowired DatasetService datasets;

    @Test
    void shouldRefuseDeletingAnEventItsWorkshopsStillName() {
        datasets.loadSeed();
        long audited = auditCount();

        Response refused = api.delete("/api/events/ev-sdt-lons-2019");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().get("detail").asString())
                .isEqualTo(
                        "event 'ev-sdt-lons-2019' is still named in the event of 21 workshops"
                                + " (ws-2019-01, ws-2019-02, ws-2019-03, ws-2019-04, ws-2019-05,"
                                + " …); delete these workshops first, or give them another event,"
                                + " then delete event 'ev-sdt-lons-2019'");
        assertThat(refused.body().get("referrers").get(0).get("count").asLong()).isEqualTo(21);
        assertThat(refused.body().get("referrers").get(0).get("kind").asString())
                .isEqualTo("workshops");
        assertThat(api.get("/api/events/ev-sdt-lons-2019").status()).isEqualTo(200);
        assertThat(api.get("/api/workshops/ws-2019-01").body().get("event").asString())
                .isEqualTo("ev-sdt-lons-2019");
        assertThat(auditCount()).as("nothing written, not even an audit record").isEqualTo(audited);
    }

    @Test
    void shouldRefuseDeletingACollegeItsMembershipsStillName() {
        datasets.loadSeed();

        Response refused = api.delete("/api/colleges/col-salaries");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString())
                .startsWith(
                        "college 'col-salaries' is still named in the college of 13 memberships"
                                + " (m-ill-salarie-01, m-ill-salarie-02, m-ill-salarie-03,"
                                + " m-ill-salarie-04, m-ill-salarie-05, …); delete these"
                                + " memberships first, or give them another college");
        assertThat(api.get("/api/memberships?college=col-salaries").body().get("total").asLong())
                .isEqualTo(13);
    }

    @Test
    void shouldDeleteARecordOnceNothingNamesItAnyMore() {
        post("territories", "{\"id\": \"t1\", \"name\": \"T\"}");
        post("events", "{\"id\": \"e1\", \"name\": \"E\", \"type\": \"OTHER\"}");
        post("projects", "{\"id\": \"p1\", \"name\": \"P\"}");
        post(
                "workshops",
                "{\"id\": \"w1\", \"name\": \"W\", \"event\": \"e1\", \"project\": \"p1\"}");

        assertThat(api.delete("/api/projects/p1").body().get("detail").asString())
                .startsWith("project 'p1' is still named in the project of 1 workshop (w1);");
        assertThat(api.delete("/api/workshops/w1").status()).isEqualTo(204);
        assertThat(api.delete("/api/events/e1").status()).isEqualTo(204);
        assertThat(api.delete("/api/projects/p1").status()).isEqualTo(204);
        assertThat(api.delete("/api/territories/t1").status()).isEqualTo(204);
    }

    @Test
    void shouldNameEveryKindOfRecordStillNamingATerritory() {
        post("territories", "{\"id\": \"t1\", \"name\": \"T\"}");
        post("actors", actor("a1", "COMPANY", "t1"));
        post("projects", "{\"id\": \"p1\", \"name\": \"P\", \"territory\": \"t1\"}");
        post(
                "events",
                "{\"id\": \"e1\", \"name\": \"E\", \"type\": \"OTHER\", \"territory\": \"t1\"}");

        Response refused = api.delete("/api/territories/t1");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo(
                        "territory 't1' is still named in the territory of 1 actor (a1) and the"
                                + " territory of 1 project (p1) and the territory of 1 event (e1);"
                                + " delete these actors and projects and events first, or give"
                                + " them another territory, then delete territory 't1'");
    }

    @Test
    void shouldRefuseAReferenceToATerritoryOrCollegeThatDoesNotExist() {
        Response actor = api.post("/api/actors", actor("a1", "COMPANY", "nowhere"));
        assertThat(actor.status()).isEqualTo(422);
        assertThat(actor.body().get("detail").asString())
                .isEqualTo(
                        "territory: no territory with id 'nowhere'; create it first or correct"
                                + " the id");
        assertThat(actor.body().get("errors").findValuesAsString("field"))
                .containsExactly("territory");
        assertThat(api.get("/api/actors/a1").status()).isEqualTo(404);

        post("actors", actor("pole", "POLE", null));
        post("actors", actor("a1", "COMPANY", null));
        Response membership = api.post("/api/memberships", membership("m1", "pole", "ghost"));
        assertThat(membership.status()).isEqualTo(422);
        assertThat(membership.body().get("detail").asString())
                .startsWith("college: no college with id 'ghost'");
    }

    @Test
    void shouldRefuseAMembershipOfAnActorThatIsNotAPole() {
        post("colleges", "{\"id\": \"c1\", \"name\": \"C\"}");
        post("actors", actor("pole", "POLE", null));
        post("actors", actor("a1", "COMPANY", null));
        post("actors", actor("a2", "COMPANY", null));

        Response refused = api.post("/api/memberships", membership("m1", "a2", "c1"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo(
                        "pole: no actor of kind POLE with id 'a2'; create it first or correct"
                                + " the id");
        assertThat(refused.body().get("errors").findValuesAsString("field"))
                .containsExactly("pole");
        assertThat(api.post("/api/memberships", membership("m1", "pole", "c1")).status())
                .isEqualTo(201);
        String changed = membership("m1", "a2", "c1").replace("}", ", \"version\": 1}");
        assertThat(api.put("/api/memberships/m1", changed).status()).isEqualTo(422);
    }

    @Test
    void shouldRefuseToMakeAPoleWithMembersAnotherKind() {
        post("colleges", "{\"id\": \"c1\", \"name\": \"C\"}");
        post("actors", actor("pole", "POLE", null));
        post("actors", actor("a1", "COMPANY", null));
        post("memberships", membership("m1", "pole", "c1"));

        Response refused =
                api.put(
                        "/api/actors/pole",
                        actor("pole", "COMPANY", null).replace("}", ", \"version\": 1}"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo(
                        "actor 'pole' is still named in the pole of 1 membership (m1); delete"
                                + " these memberships first, or give them another pole, then"
                                + " change the kind of actor 'pole' from POLE");
        assertThat(api.get("/api/actors/pole").body().get("kind").asString()).isEqualTo("POLE");
    }

    @Test
    void shouldRefuseACollaborationOfAnActorWithItself() {
        post("actors", actor("a1", "COMPANY", null));

        Response refused =
                api.post(
                        "/api/collaborations",
                        """
                        {"id": "c1", "source": "a1", "target": "a1", "kind": "PARTNERSHIP",
                         "provenance": "illustrative"}
                        """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo(
                        "target: is the source itself ('a1'): a collaboration ties two different"
                                + " actors; name the other actor");
        assertThat(refused.body().get("errors").findValuesAsString("field"))
                .containsExactly("target");
    }

    @Test
    void shouldRefuseAPoleAsItsOwnMember() {
        post("colleges", "{\"id\": \"c1\", \"name\": \"C\"}");
        post("actors", actor("a1", "POLE", null));

        Response refused = api.post("/api/memberships", membership("m1", "a1", "c1"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo(
                        "pole: is the member itself ('a1'): a membership joins an actor to a pole;"
                                + " name the pole");
        assertThat(api.get("/api/memberships/m1").status()).isEqualTo(404);
    }

    @Test
    void shouldStillDeleteAnActorWithItsTies() {
        post("colleges", "{\"id\": \"c1\", \"name\": \"C\"}");
        post("actors", actor("pole", "POLE", null));
        post("actors", actor("a1", "COMPANY", null));
        post("memberships", membership("m1", "pole", "c1"));

        assertThat(api.delete("/api/actors/pole").status()).isEqualTo(204);
        assertThat(api.get("/api/memberships/m1").status()).isEqualTo(404);
    }

    private void post(String kind, String json) {
        String body =
                json.contains("provenance")
                        ? json
                        : json.replaceFirst("}\\s*$", ", \"provenance\": \"illustrative\"}");
        Response response = api.post("/api/" + kind, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    private static String actor(String id, String kind, String territory) {
        return """
        {"id": "%s", "name": "%s", "kind": "%s", "sector": "ESS", "person": false,
         "territory": %s, "provenance": "illustrative"}\
        """
                .formatted(id, id, kind, territory == null ? "null" : "\"" + territory + "\"");
    }

    private static String membership(String id, String pole, String college) {
        return """
        {"id": "%s", "actor": "a1", "pole": "%s", "college": "%s",
         "provenance": "illustrative"}\
        """
                .formatted(id, pole, college);
    }

    private long auditCount() {
        return database.read(
                tx ->
                        tx.run("MATCH (a:AuditEvent) RETURN count(a) AS c")
                                .single()
                                .get("c")
                                .asLong());
    }
}
