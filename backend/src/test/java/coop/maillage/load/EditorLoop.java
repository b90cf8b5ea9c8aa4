package coop.maillage.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The editor: until the deadline, creates an actor, reads it, renames it with the version read,
 * checks that the version now stale is refused (409), ties it to an actor of the seed by a
 * collaboration, checks that the next map shows both, reweights the collaboration, deletes both and
 * checks that the next map no longer shows the actor. A write must be visible to the next read.
 */
final class EditorLoop implements Runnable {

    static final String CREATE = "editor: POST (create)";
    static final String READ = "editor: GET one record";
    static final String UPDATE = "editor: PUT (update)";
    static final String STALE = "editor: PUT stale version (409)";
    static final String DELETE = "editor: DELETE";
    static final String CHECK = "editor: GET /api/network (check)";

    /** The year of the maps the editor checks: the actor and its tie exist from 2018 and 2019. */
    static final int CHECK_YEAR = 2020;

    private static final long PAUSE_AFTER_FAILURE_MS = 100;

    private final Api api;
    private final Territory territory;
    private final String run;
    private final long seed;
    private final long deadline;

    EditorLoop(Api api, Territory territory, String run, long seed, long deadline) {
        this.api = api;
        this.territory = territory;
        this.run = run;
        this.seed = seed;
        this.deadline = deadline;
    }

    /** The territory with the most actors (the one the maps show) and its organisations. */
    record Territory(String id, List<String> organisations) {

        static Territory read(Api api) {
            Api.Answer answer = api.get("setup: list actors", "/api/actors?size=1000", 200);
            List<JsonNode> actors = new ArrayList<>();
            Json.read(answer.body()).get("items").forEach(actors::add);
            Map<String, List<String>> byTerritory =
                    actors.stream()
                            .filter(a -> !a.get("person").asBoolean() && a.hasNonNull("territory"))
                            .collect(
                                    Collectors.groupingBy(
                                            a -> a.get("territory").asString(),
                                            Collectors.mapping(
                                                    a -> a.get("id").asString(),
                                                    Collectors.toList())));
            return byTerritory.entrySet().stream()
                    .max(Comparator.comparingInt(e -> e.getValue().size()))
                    .map(e -> new Territory(e.getKey(), e.getValue()))
                    .orElseThrow(() -> new IllegalStateException("the database has no actor"));
        }
    }

    @Override
    public void run() {
        Random random = new Random(seed);
        for (int n = 0;
                System.nanoTime() < deadline && !Thread.currentThread().isInterrupted();
                n++) {
            String partner =
                    territory.organisations().get(random.nextInt(territory.organisations().size()));
            if (!cycle("load-" + run + "-a" + n, "load-" + run + "-c" + n, partner)) {
                pause();
            }
        }
    }

    /** One create-update-delete cycle; false when a step failed. */
    private boolean cycle(String actor, String collaboration, String partner) {
        String actors = "/api/actors/";
        String collaborations = "/api/collaborations/";
        if (api.post(CREATE, "/api/actors", actor(actor, "Load " + actor, null), 201).status()
                != 201) {
            return false;
        }
        long version = version(api.get(READ, actors + actor, 200));
        String renamed = "Renamed " + actor;
        boolean ok = api.put(UPDATE, actors + actor, actor(actor, renamed, version), 200).ok();
        ok &= api.put(STALE, actors + actor, actor(actor, "Lost " + actor, version), 409).ok();
        ok &=
                api.post(
                                CREATE,
                                "/api/collaborations",
                                tie(collaboration, actor, partner, 1.0, null),
                                201)
                        .ok();
        ok &= check(actor, renamed, true);
        long tieVersion = version(api.get(READ, collaborations + collaboration, 200));
        ok &=
                api.put(
                                UPDATE,
                                collaborations + collaboration,
                                tie(collaboration, actor, partner, 2.0, tieVersion),
                                200)
                        .ok();
        ok &= api.delete(DELETE, collaborations + collaboration, 204).ok();
        ok &= api.delete(DELETE, actors + actor, 204).ok();
        ok &= check(actor, renamed, false);
        return ok;
    }

    private boolean check(String actor, String name, boolean present) {
        Api.Answer map = api.get(CHECK, "/api/network?year=" + CHECK_YEAR, 200);
        if (!map.ok()) {
            return false;
        }
        boolean shown = map.body().contains("\"id\":\"" + actor + "\"");
        boolean named = map.body().contains("\"name\":\"" + name + "\"");
        if (present && !(shown && named)) {
            api.fail(CHECK, "stale read: the map misses " + actor + " as just written");
            return false;
        }
        if (!present && shown) {
            api.fail(CHECK, "stale read: the map still shows " + actor + ", just deleted");
            return false;
        }
        return true;
    }

    private String actor(String id, String name, Long version) {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("id", id);
        actor.put("name", name);
        actor.put("kind", "COMPANY");
        actor.put("sector", "ENTREPRISE");
        actor.put("person", false);
        actor.put("from", "2018-01-01");
        actor.put("territory", territory.id());
        actor.put("provenance", "illustrative");
        actor.put("version", version);
        return Json.write(actor);
    }

    private static String tie(
            String id, String source, String target, double weight, Long version) {
        Map<String, Object> tie = new LinkedHashMap<>();
        tie.put("id", id);
        tie.put("source", source);
        tie.put("target", target);
        tie.put("kind", "PARTNERSHIP");
        tie.put("weight", weight);
        tie.put("from", "2019-01-01");
        tie.put("provenance", "illustrative");
        tie.put("version", version);
        return Json.write(tie);
    }

    private static long version(Api.Answer answer) {
        return answer.ok() ? Json.read(answer.body()).get("version").asLong() : 0;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
