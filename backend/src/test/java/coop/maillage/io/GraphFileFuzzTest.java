package coop.maillage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever is done to a GraphML, GEXF or CSV graph file, reading it either succeeds or
 * throws a {@link GraphFileException} naming the file, the problem and the fix — never another
 * exception, never a hang. The tries start from the small fixtures of {@code io/} and are seeded: a
 * failure prints the seed and the mutations, which replay exactly.
 */
class GraphFileFuzzTest {

    static final long BASE_SEED = Long.getLong("fuzz.seed", 7_000L);
    static final int TRIES = Integer.getInteger("fuzz.tries", 300);
    static final Duration PER_TRY = Duration.ofSeconds(5);

    /** Small limits, so that inflated input meets them quickly. */
    static final GraphFileReader READER = new GraphFileReader(2L * 1024 * 1024, 10_000);

    @Test
    void shouldReadOrRefuseEveryDamagedGraphMl() {
        byte[] base = resource("io/small.graphml");
        fuzz(mutator -> read(mutator.mutateXml(base, mutator.log), "small.graphml"));
    }

    @Test
    void shouldReadOrRefuseEveryDamagedGexf() {
        byte[] base = resource("io/small.gexf");
        fuzz(mutator -> read(mutator.mutateXml(base, mutator.log), "small.gexf"));
    }

    @Test
    void shouldReadOrRefuseEveryDamagedCsvPair() {
        byte[] nodes = resource("io/small/nodes.csv");
        byte[] edges = resource("io/small/edges.csv");
        fuzz(
                mutator -> {
                    boolean damageNodes = mutator.log.isEmpty() && mutator.nextBoolean();
                    byte[] n = damageNodes ? mutator.mutateCsv(nodes, mutator.log) : nodes;
                    byte[] e = damageNodes ? edges : mutator.mutateCsv(edges, mutator.log);
                    return CsvGraphReader.read(
                            new ByteArrayInputStream(n),
                            "nodes.csv",
                            new ByteArrayInputStream(e),
                            "edges.csv",
                            10_000);
                });
    }

    @Test
    void shouldRefuseRandomBytesInEveryFormat() {
        String[] names = {"random.graphml", "random.gexf", "random.zip"};
        fuzz(
                mutator -> {
                    String name = names[(int) (mutator.seed % names.length)];
                    mutator.log.add(name);
                    return read(mutator.randomBytes(), name);
                });
    }

    private static Object read(byte[] bytes, String name) {
        return READER.read(new ByteArrayInputStream(bytes), name);
    }

    /** A seeded mutator with the log of what it did. */
    static final class Try extends FileMutator {
        final long seed;
        final List<String> log = new ArrayList<>();
        private final java.util.Random coin;

        Try(long seed) {
            super(seed);
            this.seed = seed;
            this.coin = new java.util.Random(~seed);
        }

        boolean nextBoolean() {
            return coin.nextBoolean();
        }
    }

    private static void fuzz(Function<Try, Object> reading) {
        for (int i = 0; i < TRIES; i++) {
            Try attempt = new Try(BASE_SEED + i);
            Throwable failure =
                    assertTimeoutPreemptively(
                            PER_TRY,
                            () -> unexpected(reading, attempt),
                            () -> "hang " + attempt.log);
            if (failure != null) {
                fail("seed " + attempt.seed + " " + attempt.log + ": " + where(failure), failure);
            }
        }
    }

    /** The unexpected failure of one read, or null when it succeeded or was refused well. */
    private static Throwable unexpected(Function<Try, Object> reading, Try attempt) {
        try {
            reading.apply(attempt);
            return null;
        } catch (GraphFileException e) {
            String where = "seed " + attempt.seed + " " + attempt.log + ": " + e.getMessage();
            assertThat(e.file()).as(where).isNotBlank();
            assertThat(e.problem()).as(where).isNotBlank();
            assertThat(e.fix()).as(where).isNotBlank();
            assertThat(e.line()).as(where).isNotNegative();
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return e;
        }
    }

    /** The exception with its first frames, which test reports would otherwise trim. */
    static String where(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        StackTraceElement[] frames = failure.getStackTrace();
        for (int i = 0; i < Math.min(6, frames.length); i++) {
            text.append("\n\tat ").append(frames[i]);
        }
        return text.toString();
    }

    static byte[] resource(String name) {
        try (InputStream in = GraphFileFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
