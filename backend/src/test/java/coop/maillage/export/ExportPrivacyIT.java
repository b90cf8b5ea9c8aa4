package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.security.Role;
import coop.maillage.support.DatabaseIT;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Natural persons in exports: a researcher's exports hold no person's name, commune or id (ids may
 * be derived from names); an admin who asks {@code names=true} gets them, and the export is
 * audited; anyone else asking gets 403 with a problem response, and nothing is recorded.
 */
class ExportPrivacyIT extends DatabaseIT {

    private static final List<String> EXPORTS =
            List.of(
                    "/api/export/network.graphml?year=2020",
                    "/api/export/network.gexf",
                    "/api/export/network.gexf?year=2020&layers=workshops",
                    "/api/export/network.json",
                    "/api/export/network.json?year=2021",
                    "/api/export/network.csv?layers=collaborations,projects,workshops",
                    "/api/export/network.csv?year=2019&part=nodes",
                    "/api/export/dataset.zip");

    @Autowired private DatasetService datasets;
    @LocalServerPort private int port;

    private Downloads downloads;
    private List<Map<String, Object>> persons;

    @BeforeEach
    void loadSeed() {
        datasets.loadSeed();
        downloads = new Downloads(port);
        persons =
                database.read(
                        tx ->
                                tx.run(
                                                "MATCH (a:Actor {person: true}) RETURN a.id AS id,"
                                                        + " a.name AS name")
                                        .list(r -> r.asMap()));
        assertThat(persons).hasSizeGreaterThan(50);
    }

    @Test
    void shouldShowAResearcherNoNameAndNoIdOfAPerson() {
        for (String path : EXPORTS) {
            String text = content(downloads.get(Role.RESEARCHER, path));
            for (Map<String, Object> person : persons) {
                assertThat(text).as(path).doesNotContain((String) person.get("name"));
                assertThat(token((String) person.get("id")).matcher(text).find())
                        .as(path + " names " + person.get("id"))
                        .isFalse();
            }
            assertThat(text).as(path).contains("P-");
        }
    }

    @Test
    void shouldShowAResearcherNoCommuneOfAPerson() {
        JsonNode history =
                JsonMapper.builder()
                        .build()
                        .readTree(
                                downloads.get(Role.RESEARCHER, "/api/export/network.json").body());
        int checked = 0;
        for (JsonNode node : history.get("nodes")) {
            if (node.path("person").asBoolean(false)) {
                assertThat(node.has("commune")).as(node.toString()).isFalse();
                assertThat(node.get("name").asString()).isEqualTo(node.get("id").asString());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(persons.size());
        String actors =
                downloads
                        .get(Role.RESEARCHER, "/api/export/dataset.zip")
                        .entries()
                        .get("actors.csv");
        List<CSVRecord> rows = csv(actors);
        assertThat(rows.stream().filter(r -> r.get("person").equals("true")))
                .hasSize(persons.size())
                .allSatisfy(
                        r -> {
                            assertThat(r.get("commune")).isEmpty();
                            assertThat(r.get("name")).isEqualTo(r.get("id")).startsWith("P-");
                            assertThat(r.get("provenance")).endsWith(DatasetMask.WITHHELD);
                        });
        assertThat(rows.stream().filter(r -> r.get("id").equals("clusterjura")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("commune")).isEqualTo("Lons-le-Saunier"));
    }

    @Test
    void shouldGiveAnAdminWhoAsksTheNamesAndAuditIt() {
        assertThat(auditedExports()).isZero();
        String dataset = content(downloads.get(Role.ADMIN, "/api/export/dataset.zip?names=true"));
        String gexf =
                content(downloads.get(Role.ADMIN, "/api/export/network.gexf?year=2020&names=true"));

        for (Map<String, Object> person : persons) {
            assertThat(dataset).contains((String) person.get("name"));
            assertThat(token((String) person.get("id")).matcher(dataset).find()).isTrue();
        }
        assertThat(gexf).contains("Salarié·e 01 (direction)");
        assertThat(auditedExports()).isEqualTo(2);
        assertThat(content(downloads.get(Role.ADMIN, "/api/export/dataset.zip")))
                .as("an admin who does not ask gets pseudonyms too")
                .doesNotContain((String) persons.get(0).get("name"));
        assertThat(auditedExports()).isEqualTo(2);
    }

    @Test
    void shouldRefuseNamesToAnyoneButAnAdminWith403() {
        for (Role role : List.of(Role.RESEARCHER, Role.EDITOR)) {
            for (String path :
                    List.of(
                            "/api/export/dataset.zip?names=true",
                            "/api/export/network.gexf?names=true",
                            "/api/export/network.csv?year=2020&part=edges&names=true")) {
                Downloads.Download refused = downloads.get(role, path);
                assertThat(refused.status()).as(role + " " + path).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
                assertThat(problem.get("detail").asString())
                        .contains("only an admin")
                        .contains("leave names out");
            }
        }
        assertThat(auditedExports()).isZero();
    }

    private long auditedExports() {
        return database.read(
                tx ->
                        tx.run(
                                        "MATCH (e:AuditEvent {action: 'export', user: $user})"
                                                + " RETURN count(e) AS n",
                                        Map.of("user", "test-admin"))
                                .single()
                                .get("n")
                                .asLong());
    }

    /** The body as text; a zip's entries joined. */
    private static String content(Downloads.Download download) {
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        return download.contentType().contains("zip")
                ? String.join("\n", download.entries().values())
                : download.text();
    }

    /** The id as a whole token: not part of a longer id. */
    private static Pattern token(String id) {
        return Pattern.compile("(?<![A-Za-z0-9._:-])" + Pattern.quote(id) + "(?![A-Za-z0-9._:-])");
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
