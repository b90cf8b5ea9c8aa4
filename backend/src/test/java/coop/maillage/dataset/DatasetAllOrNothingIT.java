package coop.maillage.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.seed.CsvDataset;
import coop.maillage.seed.DatasetLoader;
import coop.maillage.seed.generator.GeneratorParameters;
import coop.maillage.seed.generator.TerritoryGenerator;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TempFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property: a damaged dataset that is refused, whether by the reader or during the load, leaves the
 * database exactly as it was (same fingerprint over every node, relationship and property), audit
 * trail included. The damage is seeded; a load that succeeds may change the database.
 */
class DatasetAllOrNothingIT extends DatabaseIT {

    static final long SEED = Long.getLong("fuzz.seed", 404L);
    static final int TRIES = Integer.getInteger("fuzz.tries", 20);

    @Autowired DatasetService datasets;

    private Path generated;

    @BeforeEach
    void generate() throws IOException {
        generated = Files.createTempDirectory("maillage-fuzz-");
        GeneratorParameters defaults = GeneratorParameters.defaults();
        GeneratorParameters small =
                new GeneratorParameters(
                        GeneratorParameters.MIN_ACTORS,
                        2019,
                        2022,
                        defaults.sectorWeights(),
                        4,
                        defaults.formationRate(),
                        defaults.dissolutionRate(),
                        defaults.crossSectorTrend(),
                        defaults.personShare(),
                        SEED);
        TerritoryGenerator.generate(small, generated);
    }

    @AfterEach
    void clean() {
        TempFiles.delete(generated);
    }

    @Test
    void shouldLeaveTheDatabaseUntouchedWhenADamagedDatasetIsRefused() throws IOException {
        datasets.loadSeed();
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < TRIES; i++) {
            Path copy = damagedCopy(random, i);
            String before = fingerprint();
            boolean failed = false;
            try {
                CsvDataset dataset = CsvDataset.fromDirectory(copy);
                if (random.nextInt(3) == 0) {
                    loadFailingAtTheEnd(dataset);
                } else {
                    datasets.load(dataset, "fuzz-" + i);
                }
            } catch (RuntimeException e) {
                // refused by the reader, by the database (a constraint) or by the failing step
                failed = true;
            } finally {
                TempFiles.delete(copy);
            }
            if (failed) {
                refused++;
                assertThat(fingerprint()).as("seed %d try %d", SEED, i).isEqualTo(before);
            }
        }
        assertThat(refused).isPositive();
    }

    /** A load whose last step, in its transaction, fails: the rows written before must go. */
    private void loadFailingAtTheEnd(CsvDataset dataset) {
        new DatasetLoader(database.driver(), database.sessionConfig().database().orElse(null))
                .load(
                        dataset,
                        new DatasetLoader.Description("fuzz", "fuzz", false, "fuzz"),
                        (tx, counts) -> {
                            throw new IllegalStateException("fails after writing " + counts);
                        });
    }

    /** The generated dataset with one file damaged (or, one try in five, none). */
    private Path damagedCopy(Random random, int attempt) throws IOException {
        Path copy = Files.createTempDirectory("maillage-fuzz-" + attempt + "-");
        List<Path> files = new ArrayList<>();
        try (var listing = Files.list(generated)) {
            listing.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        if (random.nextInt(5) == 0) {
            return copy;
        }
        Path victim = copy.resolve(files.get(random.nextInt(files.size())).getFileName());
        List<String> lines = Files.readAllLines(victim, StandardCharsets.UTF_8);
        int row = lines.size() < 2 ? 0 : 1 + random.nextInt(lines.size() - 1);
        String line = lines.get(row);
        lines.set(
                row,
                switch (random.nextInt(5)) {
                    case 0 -> line.replaceFirst(",[^,]*,", ",ghost-reference,");
                    case 1 -> line + ",\"unclosed";
                    case 2 -> line.replaceFirst("\\d{4}", "20x9");
                    case 3 -> line.substring(0, line.length() / 2);
                    default ->
                            line.replaceFirst(
                                    "^[^,]*", lines.get(lines.size() > 2 ? 2 : 0).split(",", 2)[0]);
                });
        Files.write(victim, lines, StandardCharsets.UTF_8);
        return copy;
    }

    /** A digest of every node and relationship with its labels or type and properties. */
    private String fingerprint() {
        List<String> items =
                database.read(
                        tx -> {
                            List<String> all = new ArrayList<>();
                            tx.run("MATCH (n) WHERE NOT n:__Migration RETURN n")
                                    .forEachRemaining(
                                            r -> {
                                                var n = r.get("n").asNode();
                                                all.add(n.labels() + "" + new TreeMap<>(n.asMap()));
                                            });
                            tx.run("MATCH (a)-[r]->(b) RETURN a.id AS a, r, b.id AS b")
                                    .forEachRemaining(
                                            r -> {
                                                var rel = r.get("r").asRelationship();
                                                all.add(
                                                        rel.type()
                                                                + r.get("a")
                                                                + ">"
                                                                + r.get("b")
                                                                + new TreeMap<>(rel.asMap()));
                                            });
                            return all;
                        });
        items.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            items.forEach(item -> digest.update(item.getBytes(StandardCharsets.UTF_8)));
            return items.size() + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
