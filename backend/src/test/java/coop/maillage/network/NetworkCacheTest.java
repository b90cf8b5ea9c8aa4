package coop.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NetworkCacheTest {

    private final NetworkCache cache = new NetworkCache();
    private final AtomicInteger loads = new AtomicInteger();

    private final Function<String, TemporalNetwork> load =
            territory -> {
                int n = loads.incrementAndGet();
                return network("read-" + n);
            };

    private static TemporalNetwork network(String id) {
        return new TemporalNetwork(
                List.of(new TemporalNode(id, NodeMode.ACTOR, Map.of(), null)), List.of(), null);
    }

    @Test
    void shouldReuseTheNetworkWhileNothingWasWritten() {
        TemporalNetwork first = cache.get("t", 7, load);
        assertThat(cache.get("t", 7, load)).isSameAs(first);
        assertThat(loads).hasValue(1);
    }

    @Test
    void shouldReadAgainAfterAWrite() {
        TemporalNetwork first = cache.get("t", 7, load);
        TemporalNetwork second = cache.get("t", 8, load);
        assertThat(second).isNotSameAs(first);
        assertThat(second.nodes().get(0).id()).isEqualTo("read-2");
        assertThat(cache.get("t", 8, load)).isSameAs(second);
    }

    @Test
    void shouldServeAnOlderCountWithANewerNetwork() {
        TemporalNetwork newer = cache.get("t", 9, load);
        assertThat(cache.get("t", 8, load)).isSameAs(newer);
        assertThat(loads).hasValue(1);
    }

    @Test
    void shouldKeepTerritoriesApart() {
        TemporalNetwork largest = cache.get(null, 1, load);
        TemporalNetwork named = cache.get("t", 1, load);
        assertThat(named).isNotSameAs(largest);
        assertThat(cache.get(null, 1, load)).isSameAs(largest);
        assertThat(loads).hasValue(2);
    }

    @Test
    void shouldNotKeepAFailedRead() {
        assertThatThrownBy(
                        () ->
                                cache.get(
                                        "t",
                                        1,
                                        t -> {
                                            throw new IllegalStateException("database down");
                                        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database down");
        assertThat(cache.get("t", 1, load).nodes().get(0).id()).isEqualTo("read-1");
    }

    @Test
    void shouldStayBoundedWhenCallersInventTerritories() {
        for (int i = 0; i < 10 * NetworkCache.MAX_ENTRIES; i++) {
            cache.get("invented-" + i, 1, load);
        }
        TemporalNetwork kept =
                cache.get("invented-" + (10 * NetworkCache.MAX_ENTRIES - 1), 1, load);
        assertThat(kept.nodes().get(0).id()).isEqualTo("read-" + 10 * NetworkCache.MAX_ENTRIES);
    }

    @Test
    void shouldShareOneReadBetweenConcurrentMisses() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Function<String, TemporalNetwork> slow =
                territory -> {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return load.apply(territory);
                };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TemporalNetwork>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> cache.get("t", 3, slow)));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<TemporalNetwork> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS).nodes().get(0).id())
                        .isEqualTo("read-1");
            }
            assertThat(loads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
