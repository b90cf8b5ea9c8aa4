package coop.maillage.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analysis endpoints on the seed: the snapshot the API analyses has the actors and ties that
 * Cypher, counted independently in the store, says are active that year.
 */
class AnalysisApiIT extends DatabaseIT {

    static final String ACTIVE =
            "(%1$s.from IS NULL OR %1$s.from.year <= $year)"
                    + " AND (%1$s.to IS NULL OR %1$s.to.year >= $year)";

    @Autowired DatasetService datasets;

    @BeforeEach
    void seed() {
        datasets.loadSeed();
    }

    @Test
    void shouldMapTheActorsAndTiesActiveInTheYear() {
        Response network = api.get("/api/network?year=2019&permutations=0");
        assertThat(network.status()).isEqualTo(200);
        long actors =
                count(
                        "MATCH (a:Actor {territory: 'pays-ledonien'}) WHERE "
                                + ACTIVE.formatted("a")
                                + " RETURN count(a) AS c");
        long ties =
                count(
                        """
                        MATCH (a:Actor {territory: 'pays-ledonien'}),
                              (b:Actor {territory: 'pays-ledonien'})
                        WHERE a.id < b.id AND %s AND %s AND (
                          EXISTS { MATCH (a)-[c:COLLABORATES_WITH]-(b) WHERE %s }
                          OR EXISTS { MATCH (a)-[r:TAKES_PART_IN]->(p:Project)<-[s:TAKES_PART_IN]-(b)
                                      WHERE %s AND %s AND %s })
                        RETURN count(*) AS c
                        """
                                .formatted(
                                        ACTIVE.formatted("a"),
                                        ACTIVE.formatted("b"),
                                        ACTIVE.formatted("c"),
                                        ACTIVE.formatted("r"),
                                        ACTIVE.formatted("s"),
                                        ACTIVE.formatted("p")));
        assertThat(network.body().get("nodes").size()).isEqualTo(actors);
        assertThat(network.body().get("links").size()).isEqualTo(ties);
        assertThat(network.body().get("graph").get("nodes").asLong()).isEqualTo(actors);
        assertThat(network.body().get("graph").get("edges").asLong()).isEqualTo(ties);
        var first = network.body().get("nodes").get(0);
        assertThat(first.get("attributes").has("sector")).isTrue();
        assertThat(first.get("metrics").has("betweenness")).isTrue();
    }

    @Test
    void shouldLeaveThePoleOutWhenAsked() {
        Response with = api.get("/api/metrics/graph?year=2019&permutations=0");
        Response without = api.get("/api/metrics/graph?year=2019&permutations=0&withoutPole=true");
        assertThat(without.body().get("graph").get("nodes").asLong())
                .isEqualTo(with.body().get("graph").get("nodes").asLong() - 1);
    }

    @Test
    void shouldCompareTheSectorsWithANullModel() {
        Response graph = api.get("/api/metrics/graph?year=2019&groupBy=sector&permutations=99");
        var groups = graph.body().get("groups");
        assertThat(groups.get("eiIndex").isNumber()).isTrue();
        assertThat(groups.get("eiIndexNullModel").get("permutations").asInt()).isEqualTo(99);
        Response blocks = api.get("/api/metrics/blocks?year=2019&groupBy=sector&permutations=0");
        assertThat(blocks.body().get("blockDensity").isObject()).isTrue();
    }

    @Test
    void shouldGiveOneTimelineRowPerYear() {
        Response timeline = api.get("/api/metrics/timeline?from=2015&to=2024&permutations=0");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body().get("timeline").size()).isEqualTo(10);
        assertThat(timeline.body().get("timeline").get(0).get("year").asInt()).isEqualTo(2015);
    }

    @Test
    void shouldAnswerEveryHypothesisWithAVerdictAndSentences() {
        Response report = api.get("/api/hypotheses?from=2014&to=2025&permutations=99");
        assertThat(report.status()).isEqualTo(200);
        var answers = report.body().get("answers");
        assertThat(answers.findValuesAsString("id"))
                .containsExactly("H1", "H2", "H3", "H4", "PROJECTS");
        for (var answer : answers) {
            assertThat(answer.get("verdict").asString())
                    .isIn("SUPPORTED", "NOT_SUPPORTED", "INCONCLUSIVE");
            assertThat(answer.get("sentenceFr").asString()).isNotBlank();
            assertThat(answer.get("sentenceEn").asString()).isNotBlank();
            assertThat(answer.get("rule").asString()).isNotBlank();
        }
        assertThat(api.get("/api/hypotheses?from=2014&to=2025&permutations=99").raw())
                .as("same data, same seed, same answer")
                .isEqualTo(report.raw());
    }

    @Test
    void shouldServeEveryMetricsDefinition() {
        Response definitions = api.get("/api/metrics/definitions");
        assertThat(definitions.body().findValuesAsString("id"))
                .contains(
                        "density",
                        "betweenness",
                        "eiIndex",
                        "constraint",
                        "modularity",
                        "communities");
        assertThat(definitions.body().get(0).get("reference").asString()).isNotBlank();
    }

    @Test
    void shouldRefuseUnboundedOrMalformedQueries() {
        assertThat(problem("/api/network?layers=friendship")).contains("layers", "collaborations");
        assertThat(problem("/api/network?permutations=20000")).contains("permutations");
        assertThat(problem("/api/network?year=3000")).contains("year");
        assertThat(problem("/api/metrics/timeline?from=1900&to=2100")).contains("100 years");
        assertThat(problem("/api/metrics/blocks?year=2019")).contains("groupBy");
        assertThat(problem("/api/network?groupBy=a%20b")).contains("groupBy");
        assertThat(problem("/api/metrics/graph?groupBy=colour"))
                .contains("groupBy", "must be one of", "sector", "college");
        assertThat(problem("/api/hypotheses?groupBy=colour")).contains("groupBy");
    }

    @Test
    void shouldGiveEachActorTheCollegeOfTheYear() {
        Map<String, String> inForce = new java.util.TreeMap<>();
        database.read(
                        tx ->
                                tx.run(
                                                """
                                                MATCH (a:Actor)-[m:MEMBER_OF]->()
                                                WHERE m.from.year <= 2016
                                                  AND (m.to IS NULL OR m.to.year >= 2016)
                                                RETURN a.id AS id, m.college AS college
                                                """)
                                        .list())
                .forEach(r -> inForce.put(r.get("id").asString(), r.get("college").asString()));
        Map<String, String> shown = new java.util.TreeMap<>();
        for (var node : api.get("/api/network?year=2016").body().get("nodes")) {
            var college = node.get("attributes").get("college");
            if (college != null && !college.isNull()) {
                shown.put(node.get("id").asString(), college.asString());
            }
        }
        assertThat(shown).isNotEmpty().isEqualTo(inForce);
        assertThat(api.get("/api/network?year=2024").body().get("nodes").size())
                .as("2024 has members who were not members in 2016")
                .isGreaterThan(shown.size());
    }

    private String problem(String path) {
        Response response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        return response.body().toString();
    }

    private long count(String cypher) {
        return database.read(tx -> tx.run(cypher, Map.of("year", 2019)).single().get("c").asLong());
    }
}
