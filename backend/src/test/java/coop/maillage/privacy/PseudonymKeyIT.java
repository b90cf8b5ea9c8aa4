package coop.maillage.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.DatabaseIT;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pseudonym key is created once, even when many requests need it at the same time. */
class PseudonymKeyIT extends DatabaseIT {

    private static final int THREADS = 16;
    private static final int ROUNDS = 5;

    @Autowired Pseudonyms pseudonyms;

    @Test
    void shouldCreateOneKeyWhenManyRequestsAskForItAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                database.write(tx -> tx.run("MATCH (s:Secret) DELETE s").consume());
                pseudonyms.reset();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    answers.add(
                            pool.submit(
                                    () -> {
                                        start.await();
                                        return pseudonyms.of("citizen-1");
                                    }));
                }
                start.countDown();
                Set<String> distinct = new HashSet<>();
                for (Future<String> answer : answers) {
                    distinct.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertThat(distinct).as("one pseudonym per person").hasSize(1);
                long keys =
                        database.read(
                                tx ->
                                        tx.run("MATCH (s:Secret) RETURN count(s) AS n")
                                                .single()
                                                .get("n")
                                                .asLong());
                assertThat(keys).as("one key").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
