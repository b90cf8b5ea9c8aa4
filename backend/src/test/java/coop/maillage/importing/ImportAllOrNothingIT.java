package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.io.FileMutator;
import coop.maillage.support.Api;
import coop.maillage.support.DatabaseIT;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property: a damaged spreadsheet sent for a real import either imports (it was still valid) or is
 * refused with its problems listed, and then leaves the database exactly as it was, audit trail
 * included. The damage is seeded.
 */
class ImportAllOrNothingIT extends DatabaseIT {

    static final long SEED = Long.getLong("fuzz.seed", 505L);
    static final int TRIES = Integer.getInteger("fuzz.tries", 15);

    @Autowired DatasetService datasets;

    @Test
    void shouldWriteNothingFromADamagedSpreadsheet() {
        datasets.loadSeed();
        int refused = 0;
        for (int i = 0; i < TRIES; i++) {
            List<String> log = new ArrayList<>();
            FileMutator mutator = new FileMutator(SEED + i);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("acteurs.csv", bytes(SpreadsheetImportIT.ACTORS));
            files.put("projets.csv", bytes(SpreadsheetImportIT.PROJECTS));
            files.put(
                    "participations.csv",
                    bytes(SpreadsheetImportIT.PARTICIPATIONS.replace("a2", "clusterjura")));
            String victim = List.copyOf(files.keySet()).get(i % files.size());
            files.put(victim, mutator.mutateCsv(files.get(victim), log));
            String before = everything();

            Api.Response answer =
                    api.postFile(
                            "/api/import/dataset?dryRun=false",
                            "equipe.zip",
                            ImportFiles.zip(files),
                            Map.of());

            String where = "seed " + (SEED + i) + " " + victim + " " + log + ": " + answer.raw();
            assertThat(answer.status()).as(where).isIn(200, 422);
            if (answer.body().get("problemCount").asLong() > 0) {
                refused++;
                assertThat(answer.status()).as(where).isEqualTo(422);
                assertThat(everything()).as(where).isEqualTo(before);
            }
        }
        assertThat(refused).isPositive();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every node and relationship with its properties, audit events included, sorted. */
    private String everything() {
        return database.read(
                tx -> {
                    List<String> all = new ArrayList<>();
                    tx.run(
                                    """
                                    MATCH (n) WHERE NOT n:__Migration
                                    RETURN labels(n) AS item, properties(n) AS p
                                    UNION ALL
                                    MATCH (a)-[r]->(b)
                                    RETURN [type(r), a.id, b.id] AS item, properties(r) AS p
                                    """)
                            .forEachRemaining(
                                    r ->
                                            all.add(
                                                    r.get("item").asList()
                                                            + new TreeMap<>(r.get("p").asMap())
                                                                    .toString()));
                    all.sort(null);
                    return all.size() + ":" + all.hashCode();
                });
    }
}
