package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.security.Role;
import coop.maillage.support.DatabaseIT;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export endpoints as downloads: media types and file names, the same bytes for the same data,
 * every file of the data format with extra properties as extra columns, and bad parameters answered
 * with a problem naming the parameter.
 */
class ExportApiIT extends DatabaseIT {

    @Autowired private DatasetService datasets;
    @LocalServerPort private int port;

    private Downloads downloads;

    @BeforeEach
    void loadSeed() {
        datasets.loadSeed();
        downloads = new Downloads(port);
    }

    @ParameterizedTest
    @CsvSource({
        "network.graphml?year=2020, application/graphml+xml, maillage-network-2020.graphml",
        "network.gexf, application/gexf+xml, maillage-network-history.gexf",
        "network.json?year=2020&cumulative=true, application/json,"
                + " maillage-network-2020-cumulative.json",
        "network.csv, application/zip, maillage-network-history.zip",
        "network.csv?year=2020&part=edges, text/csv, maillage-network-2020-edges.csv"
    })
    void shouldOfferEachExportAsAFileAndGiveTheSameBytesTwice(
            String path, String type, String file) {
        Downloads.Download first = downloads.get(Role.RESEARCHER, "/api/export/" + path);
        Downloads.Download second = downloads.get(Role.RESEARCHER, "/api/export/" + path);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.contentType()).startsWith(type);
        assertThat(first.disposition()).isEqualTo("attachment; filename=\"" + file + "\"");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.body().length).isGreaterThan(1000);
    }

    @Test
    void shouldExportEveryFileOfTheFormatWithExtraPropertiesAsColumns() {
        database.write(
                tx ->
                        tx.run(
                                        """
                                        MATCH (a:Actor {id: 'clusterjura'})
                                        SET a.website = 'https://clusterjura.fr'
                                        WITH 1 AS one
                                        MATCH (p:Actor {person: true}) WITH p ORDER BY p.id LIMIT 1
                                        SET p.email = 'someone@example.org'
                                        """)
                                .consume());

        Downloads.Download admin = downloads.get(Role.ADMIN, "/api/export/dataset.zip?names=true");
        Downloads.Download researcher = downloads.get(Role.RESEARCHER, "/api/export/dataset.zip");

        assertThat(admin.disposition())
                .isEqualTo("attachment; filename=\"maillage-dataset-" + LocalDate.now() + ".zip\"");
        assertThat(admin.entries().keySet())
                .containsExactly(
                        "territories.csv",
                        "colleges.csv",
                        "actors.csv",
                        "projects.csv",
                        "events.csv",
                        "workshops.csv",
                        "memberships.csv",
                        "participations.csv",
                        "attendances.csv",
                        "collaborations.csv",
                        "emergences.csv",
                        "duplications.csv",
                        "figures.csv");
        String actors = admin.entries().get("actors.csv");
        assertThat(actors.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "id,name,kind,sector,commune,person,from,to,territory,provenance,email,"
                                + "website");
        assertThat(actors).contains("https://clusterjura.fr").contains("someone@example.org");
        assertThat(actors)
                .contains("clusterjura,Clus'Ter Jura,POLE,ESS,Lons-le-Saunier,false,2014-01-01,,");
        String masked = researcher.entries().get("actors.csv");
        assertThat(masked).contains("https://clusterjura.fr").doesNotContain("someone@example.org");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "network.gexf?cumulative=true; cumulative",
                "network.graphml?layers=friends; layers",
                "network.csv?part=links; part",
                "network.json?year=1800; year"
            })
    void shouldNameTheBadParameter(String path, String parameter) {
        Downloads.Download answer = downloads.get(Role.RESEARCHER, "/api/export/" + path);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.get("detail").asString()).contains(parameter);
    }

    @Test
    void shouldLetNoViewerExport() {
        for (String path : List.of("network.gexf", "dataset.zip")) {
            assertThat(downloads.get(Role.VIEWER, "/api/export/" + path).status()).isEqualTo(403);
        }
    }
}
