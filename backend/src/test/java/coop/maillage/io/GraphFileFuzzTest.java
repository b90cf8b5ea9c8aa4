package coop.maillage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import coop.maillage.support.PropertySeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: whatever is done to a GraphML, GEXF or CSV graph file, reading it either succeeds or
 * throws a {@link GraphFileException} naming the file, the problem and the fix — never another
 * exception, never a hang. The damage starts from the small fixtures of {@code io/}; it is
 * generated as {@link Damage} values, so a failure shrinks to fewest and simplest mutations and
 * prints them with the seed that replays the run.
 */
class GraphFileFuzzTest {

    static final Duration PER_TRY = Duration.ofSeconds(5);

    /** Small limits, so that inflated input meets them quickly. */
    static final GraphFileReader READER = new GraphFileReader(2L * 1024 * 1024, 10_000);

    private static final byte[] GRAPHML = resource("io/small.graphml");
    private static final byte[] GEXF = resource("io/small.gexf");
    private static final byte[] NODES = resource("io/small/nodes.csv");
    private static final byte[] EDGES = resource("io/small/edges.csv");
    private static final String[] RANDOM_NAMES = {"random.graphml", "random.gexf", "random.zip"};

    @Provide
    Arbitrary<List<Damage>> xml() {
        return Damage.toXml();
    }

    @Provide
    Arbitrary<List<Damage>> csv() {
        return Damage.toCsv();
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Damage.randomBytes();
    }

    @Property(seed = PropertySeed.SEED)
    void shouldReadOrRefuseEveryDamagedGraphMl(@ForAll("xml") List<Damage> damage) {
        readOrRefuse(() -> read(Damage.applyAll(damage, GRAPHML), "small.graphml"));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldReadOrRefuseEveryDamagedGexf(@ForAll("xml") List<Damage> damage) {
        readOrRefuse(() -> read(Damage.applyAll(damage, GEXF), "small.gexf"));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldReadOrRefuseEveryDamagedCsvPair(
            @ForAll("csv") List<Damage> toNodes, @ForAll("csv") List<Damage> toEdges) {
        readOrRefuse(
                () ->
                        CsvGraphReader.read(
                                new ByteArrayInputStream(Damage.applyAll(toNodes, NODES)),
                                "nodes.csv",
                                new ByteArrayInputStream(Damage.applyAll(toEdges, EDGES)),
                                "edges.csv",
                                10_000));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldRefuseRandomBytesInEveryFormat(
            @ForAll("randomBytes") byte[] bytes, @ForAll @IntRange(max = 2) int format) {
        readOrRefuse(() -> read(bytes, RANDOM_NAMES[format]));
    }

    private static Object read(byte[] bytes, String name) {
        return READER.read(new ByteArrayInputStream(bytes), name);
    }

    private static void readOrRefuse(Supplier<Object> reading) {
        Throwable failure = assertTimeoutPreemptively(PER_TRY, () -> unexpected(reading));
        if (failure != null) {
            fail(where(failure), failure);
        }
    }

    /** The unexpected failure of one read, or null when it succeeded or was refused well. */
    private static Throwable unexpected(Supplier<Object> reading) {
        try {
            reading.get();
            return null;
        } catch (GraphFileException e) {
            assertThat(e.file()).as(e.getMessage()).isNotBlank();
            assertThat(e.problem()).as(e.getMessage()).isNotBlank();
            assertThat(e.fix()).as(e.getMessage()).isNotBlank();
            assertThat(e.line()).as(e.getMessage()).isNotNegative();
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
