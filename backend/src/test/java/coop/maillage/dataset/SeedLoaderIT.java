package coop.maillage.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.DatabaseIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Clus'Ter Jura seed, loaded into a real database, reproduces the figures the source documents
 * give (counted here with Cypher, independently of the loader), loads idempotently and carries
 * provenance on every record.
 */
class SeedLoaderIT extends DatabaseIT {

    @Autowired DatasetService datasets;

    @ParameterizedTest(name = "{1} members on 31 December {0}")
    @CsvSource({"2018, 54", "2019, 80", "2024, 96"})
    void shouldHaveTheDocumentedMemberCountEachYear(int year, long members) {
        datasets.loadSeed();
        assertThat(
                        count(
                                """
                                MATCH (:Actor)-[m:MEMBER_OF]->(:Actor {id: 'clusterjura'})
                                WITH m, date({year: $year, month: 12, day: 31}) AS day
                                WHERE m.from <= day AND (m.to IS NULL OR m.to >= day)
                                RETURN count(m) AS c
                                """,
                                Map.of("year", year)))
                .isEqualTo(members);
    }

    @Test
    void shouldHaveFourFoundersSixCollegesAndNineEmployeesIn2024() {
        datasets.loadSeed();
        assertThat(
                        count(
                                "MATCH ()-[m:MEMBER_OF {college: 'col-fondateurs'}]->()"
                                        + " RETURN count(m) AS c",
                                Map.of()))
                .isEqualTo(4);
        assertThat(count("MATCH (c:College) RETURN count(c) AS c", Map.of())).isEqualTo(6);
        assertThat(
                        count(
                                """
                                MATCH (e:Actor {kind: 'EMPLOYEE'})
                                WHERE e.from <= date('2024-12-31')
                                  AND (e.to IS NULL OR e.to >= date('2024-12-31'))
                                RETURN count(e) AS c
                                """,
                                Map.of()))
                .isEqualTo(9);
    }

    @Test
    void shouldHaveTheFortyFourProjectsOfThe2024StudyAroundTheThreshold() {
        datasets.loadSeed();
        String study = "MATCH (p:Project) WHERE p.id STARTS WITH 'e24-' ";
        assertThat(count(study + "RETURN count(p) AS c", Map.of())).isEqualTo(44);
        assertThat(count(study + "AND p.scoreTotal = 26 RETURN count(p) AS c", Map.of()))
                .isEqualTo(8);
        assertThat(count(study + "AND p.scoreTotal > 26 RETURN count(p) AS c", Map.of()))
                .isEqualTo(15);
    }

    @Test
    void shouldChangeNothingWhenLoadedTwice() {
        datasets.loadSeed();
        List<String> first = fingerprint();
        datasets.loadSeed();
        assertThat(fingerprint()).isEqualTo(first);
    }

    @Test
    void shouldCarryProvenanceOnEveryNodeAndRelationship() {
        datasets.loadSeed();
        assertThat(
                        count(
                                """
                                MATCH (n) WHERE NOT n:__Migration AND NOT n:Dataset
                                  AND NOT n:DocumentedFigure AND NOT n:User AND NOT n:ApiToken
                                  AND NOT n:AuditEvent AND NOT n:Secret
                                  AND n.provenance IS NULL
                                RETURN count(n) AS c
                                """,
                                Map.of()))
                .isZero();
        assertThat(
                        count(
                                "MATCH ()-[r]->() WHERE r.provenance IS NULL AND NOT r:HAS_TOKEN"
                                        + " RETURN count(r) AS c",
                                Map.of()))
                .isZero();
        assertThat(
                        count(
                                "MATCH (f:DocumentedFigure) WHERE f.source IS NULL OR f.quote IS"
                                        + " NULL RETURN count(f) AS c",
                                Map.of()))
                .isZero();
    }

    @Test
    void shouldSayThroughTheApiThatThisIsADemonstrationDataset() {
        datasets.loadSeed();
        var status = api.get("/api/dataset").body();
        assertThat(status.get("demonstration").asBoolean()).isTrue();
        assertThat(status.get("counts").get("actors").asLong()).isEqualTo(214);
    }

    private long count(String cypher, Map<String, Object> params) {
        return database.read(tx -> tx.run(cypher, params).single().get("c").asLong());
    }

    /** Every node and relationship with all its properties, in a stable order. */
    private List<String> fingerprint() {
        return database.read(
                tx ->
                        tx
                                .run(
                                        """
                                        CALL () {
                                          MATCH (n) WHERE NOT n:__Migration AND NOT n:AuditEvent
                                          RETURN labels(n) + [k IN keys(n) | k + '=' +
                                                 toString(n[k])] AS row
                                          UNION ALL
                                          MATCH (a)-[r]->(b)
                                          RETURN [a.id, type(r), b.id] + [k IN keys(r) | k + '='
                                                 + toString(r[k])] AS row
                                        }
                                        RETURN row
                                        """)
                                .list(
                                        r ->
                                                r.get("row").asList(Object::toString).stream()
                                                        .sorted()
                                                        .toList()
                                                        .toString())
                                .stream()
                                .sorted()
                                .toList());
    }
}
