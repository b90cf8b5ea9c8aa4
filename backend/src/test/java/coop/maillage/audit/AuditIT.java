package coop.maillage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditIT extends DatabaseIT {

    static final String ACTOR =
            """
            {"id": "a1", "name": "Biocoop", "kind": "COOPERATIVE", "sector": "ESS",
             "person": false, "provenance": "illustrative"%s}
            """;

    @Autowired DatasetService datasets;

    @Test
    void shouldRecordEveryChangeWithWhoAndWhen() {
        api.post("/api/actors", ACTOR.formatted(""));
        api.put("/api/actors/a1", ACTOR.formatted(", \"version\": 1"));
        api.delete("/api/actors/a1");

        Response audit = api.get("/api/audit?entityId=a1");
        List<String> actions = audit.body().get("items").findValuesAsString("action");
        assertThat(actions).containsExactly("delete", "update", "create");
        assertThat(audit.body().get("items").get(0).get("entity").asString()).isEqualTo("actor");
        assertThat(audit.body().get("items").get(0).get("at").asString()).isNotBlank();
        assertThat(audit.body().get("items").get(0).get("user").asString())
                .as("the signed-in user")
                .isNotEqualTo("system")
                .isNotBlank();
    }

    @Test
    void shouldNotRecordAChangeThatFailed() {
        api.post("/api/actors", ACTOR.formatted(""));
        Response stale = api.put("/api/actors/a1", ACTOR.formatted(", \"version\": 7"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/audit?action=update").body().get("total").asLong()).isZero();
    }

    @Test
    void shouldRecordAnImportAndExportTheTrailAsCsv() {
        datasets.loadSeed();
        Response imports = api.get("/api/audit?action=import");
        assertThat(imports.body().get("items").get(0).get("entityId").asString())
                .isEqualTo("clusterjura-demo");
        Response csv = api.get("/api/audit/export");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw())
                .startsWith("at,user,action,entity,entityId,detail")
                .contains(",import,dataset,clusterjura-demo,");
    }

    @Test
    void shouldRecordChangesToUserAccounts() {
        Response created =
                api.post(
                        "/api/users",
                        """
                        {"username": "audited-user", "password": "a long enough passphrase",
                         "role": "VIEWER"}
                        """);
        assertThat(created.status()).isEqualTo(201);
        api.delete("/api/users/audited-user");
        List<String> actions =
                api.get("/api/audit?entityId=audited-user")
                        .body()
                        .get("items")
                        .findValuesAsString("action");
        assertThat(actions).containsExactly("delete", "create");
    }

    @Test
    void shouldRecordWhichFieldsAnUpdateChangedWithoutTheirValues() {
        String person =
                """
                {"id": "c1", "name": "Camille Martin", "kind": "CITIZEN", "sector": "CITOYEN",
                 "commune": "Perrigny", "person": true, "provenance": "illustrative"%s}
                """;
        api.post("/api/actors", person.formatted(""));
        api.put(
                "/api/actors/c1",
                person.formatted(", \"version\": 1")
                        .replace("Camille Martin", "Camille Durand")
                        .replace("Perrigny", "Conliège"));

        String detail =
                api.get("/api/audit?entityId=c1&action=update")
                        .body()
                        .get("items")
                        .get(0)
                        .get("detail")
                        .asString();
        assertThat(detail)
                .isEqualTo("version 2; changed: commune, name")
                .doesNotContain("Camille", "Durand", "Perrigny", "Conliège");
    }

    @Test
    void shouldRecordBackupDownloadsAndApiTokens() {
        assertThat(api.get("/api/admin/backup").status()).isEqualTo(200);
        assertThat(api.get("/api/audit?action=backup").body().get("total").asLong()).isEqualTo(1);

        Response created = api.post("/api/users/me/tokens", "{\"name\": \"weekly\"}");
        String id = created.body().get("id").asString();
        assertThat(api.delete("/api/users/me/tokens/" + id).status()).isEqualTo(204);
        List<String> actions =
                api.get("/api/audit?entity=token&entityId=" + id)
                        .body()
                        .get("items")
                        .findValuesAsString("action");
        assertThat(actions).containsExactly("revoke", "create");
        assertThat(api.get("/api/audit/export").raw())
                .doesNotContain(created.body().get("token").asString());
    }

    @Test
    void shouldWriteIso8601TimesInTheCsv() {
        api.post("/api/actors", ACTOR.formatted(""));
        String[] lines = api.get("/api/audit/export").raw().split("\r?\n");
        assertThat(lines[1].split(",")[0]).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }
}
