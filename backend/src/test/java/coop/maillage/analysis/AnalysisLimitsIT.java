package coop.maillage.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.metrics.BetweennessMode;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analysis endpoints are bounded: a request that finds every analysis turn taken gets 503 with
 * Retry-After, betweenness says whether it is exact or sampled, and a timeline or the hypotheses
 * over the cost budget are refused with what to reduce.
 */
class AnalysisLimitsIT extends DatabaseIT {

    @Autowired private DatasetService datasets;
    @Autowired private AnalysisLimits limits;

    @Test
    void shouldAnswer503WithRetryAfterWhenEveryTurnIsTaken() throws Exception {
        datasets.loadSeed();
        int cores = Runtime.getRuntime().availableProcessors();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(cores);
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        List<Future<Object>> held = new ArrayList<>();
        try {
            for (int i = 0; i < cores; i++) {
                held.add(
                        pool.submit(
                                () ->
                                        limits.run(
                                                () -> {
                                                    holding.countDown();
                                                    await(release);
                                                    return null;
                                                })));
            }
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            Response busy = api.get("/api/metrics/graph?permutations=0");

            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).isEqualTo("10");
            assertThat(busy.body().get("detail").asString())
                    .contains("maillage.analysis.max-concurrent");
        } finally {
            release.countDown();
            pool.shutdown();
        }
        for (Future<Object> f : held) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(api.get("/api/metrics/graph?permutations=0").status()).isEqualTo(200);
    }

    @Test
    void shouldSayThatBetweennessIsExactOnTheSeed() {
        datasets.loadSeed();

        Response graph = api.get("/api/metrics/graph?year=2020&permutations=0");
        Response network = api.get("/api/network?year=2020&permutations=0");

        assertThat(graph.body().get("betweenness").get("mode").asString()).isEqualTo("EXACT");
        assertThat(graph.body().get("betweenness").get("sources").asInt())
                .isEqualTo(network.body().get("nodes").size());
        assertThat(network.body().get("betweenness").get("mode").asString()).isEqualTo("EXACT");
    }

    @Test
    void shouldSampleBetweennessAboveFiveThousandNodes() {
        assertThat(AnalysisService.betweenness(5_000))
                .isEqualTo(new AnalysisService.Betweenness(BetweennessMode.EXACT, 5_000));
        assertThat(AnalysisService.betweenness(5_001))
                .isEqualTo(
                        new AnalysisService.Betweenness(
                                BetweennessMode.SAMPLED,
                                AnalysisOptions.DEFAULT_BETWEENNESS_SAMPLES));
    }

    @Test
    void shouldAcceptTheLargestTimelineOnTheSeedWithinTheBudget() {
        datasets.loadSeed();

        Response timeline = api.get("/api/metrics/timeline?from=2019&to=2020&permutations=10");

        assertThat(timeline.status()).isEqualTo(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
