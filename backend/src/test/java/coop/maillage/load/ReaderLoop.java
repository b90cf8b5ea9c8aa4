package coop.maillage.load;

import java.util.Random;

/**
 * One reader: until the deadline, asks for a map, graph metrics, node metrics, the timeline or a
 * page of actors, chosen (with the year or the page) by a seeded random, one after the other
 * without pause.
 */
final class ReaderLoop implements Runnable {

    static final int FIRST_YEAR = 2014;
    static final int LAST_YEAR = 2025;

    /** Pages of 50 actors: the seed has 214, so the last page asked for is empty. */
    static final int PAGES = 6;

    static final String NETWORK = "GET /api/network?year=Y";
    static final String GRAPH = "GET /api/metrics/graph?year=Y&groupBy=sector&permutations=100";
    static final String NODES = "GET /api/metrics/nodes?year=Y";
    static final String TIMELINE = "GET /api/metrics/timeline?from=2014&to=2025&permutations=0";
    static final String ACTORS = "GET /api/actors?page=P";

    private final Api api;
    private final long seed;
    private final long deadline;

    ReaderLoop(Api api, long seed, long deadline) {
        this.api = api;
        this.seed = seed;
        this.deadline = deadline;
    }

    @Override
    public void run() {
        Random random = new Random(seed);
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
            switch (random.nextInt(5)) {
                case 0 -> api.get(NETWORK, "/api/network?year=" + year);
                case 1 ->
                        api.get(
                                GRAPH,
                                "/api/metrics/graph?year="
                                        + year
                                        + "&groupBy=sector&permutations=100");
                case 2 -> api.get(NODES, "/api/metrics/nodes?year=" + year);
                case 3 ->
                        api.get(
                                TIMELINE,
                                "/api/metrics/timeline?from="
                                        + FIRST_YEAR
                                        + "&to="
                                        + LAST_YEAR
                                        + "&permutations=0");
                default -> api.get(ACTORS, "/api/actors?page=" + random.nextInt(PAGES));
            }
        }
    }
}
