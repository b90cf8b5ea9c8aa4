package coop.maillage.network;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The temporal networks last read, per territory, each with the {@link
 * coop.maillage.neo4j.Database#writes() write count} seen before it was read. A network is reused
 * only while no write transaction has ended since: the count is taken after a write's commit, so a
 * write is visible to the next read. Readers that miss at the same time share one read.
 */
final class NetworkCache {

    /** More territories than this (a caller inventing names) empty the cache. */
    static final int MAX_ENTRIES = 16;

    private record Entry(long writes, CompletableFuture<TemporalNetwork> network) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The network of {@code territory} read when the write count was {@code writes} or later, or
     * else read now with {@code load}.
     */
    TemporalNetwork get(String territory, long writes, Function<String, TemporalNetwork> load) {
        String key = territory == null ? "" : "=" + territory;
        if (entries.size() >= MAX_ENTRIES && !entries.containsKey(key)) {
            entries.clear();
        }
        CompletableFuture<TemporalNetwork> mine = new CompletableFuture<>();
        Entry entry =
                entries.compute(
                        key,
                        (k, old) ->
                                old != null && old.writes() >= writes
                                        ? old
                                        : new Entry(writes, mine));
        if (entry.network() == mine) {
            try {
                mine.complete(load.apply(territory));
            } catch (RuntimeException e) {
                entries.remove(key, entry);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.network().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
