package coop.maillage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.security.Role;
import coop.maillage.support.Api;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Editors saving the same record at the same moment with the version they read: exactly one wins
 * (200), every other gets 409, and the stored record is the winner's, at the next version.
 */
class ConcurrentEditIT extends DatabaseIT {

    private static final int EDITORS = 8;

    @Test
    void shouldLetExactlyOneOfSimultaneousSavesWin() throws Exception {
        api.post(
                "/api/territories",
                "{\"id\": \"pays-ledonien\", \"name\": \"Pays lédonien\","
                        + " \"provenance\": \"illustrative\"}");
        assertThat(api.post("/api/actors", ActorApiIT.EDF).status()).isEqualTo(201);
        Api editor = api.as(Role.EDITOR);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<Response>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < EDITORS; i++) {
                String body =
                        ActorApiIT.EDF
                                .replace("EDF agence Jura", "EDF Jura " + i)
                                .replace("}", ", \"version\": 1}");
                saves.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return editor.put("/api/actors/edf-jura", body);
                                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> save : saves) {
                answers.add(save.get());
            }

            List<Response> won = answers.stream().filter(r -> r.status() == 200).toList();
            assertThat(won).hasSize(1);
            assertThat(answers)
                    .filteredOn(r -> r.status() != 200)
                    .extracting(Response::status)
                    .containsOnly(409);
            Response stored = api.get("/api/actors/edf-jura");
            assertThat(stored.body().get("name").asString())
                    .isEqualTo(won.get(0).body().get("name").asString());
            assertThat(stored.body().get("version").asLong()).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
    }
}
