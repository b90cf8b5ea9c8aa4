package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import coop.maillage.io.Damage;
import coop.maillage.support.PropertySeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: whatever is done to a spreadsheet CSV, a zip, a workbook or a graph file, checking it
 * for import ends with a list of problems (each naming its file and saying what to do) or with none
 * — never another exception, never a hang; so nothing is ever written from a damaged file that is
 * not listed as such. The damage is generated ({@link Damage}, byte flips, random bytes), so a
 * failure shrinks to the fewest and simplest changes and prints them with the seed of the run.
 */
class ImportFuzzTest {

    static final Duration PER_TRY = Duration.ofSeconds(10);
    static final int MAX_FLIPS = 4;
    private static final String[] NAMES = {"acteurs.csv", "x.zip", "x.xlsx", "x.graphml", "x.gexf"};

    private static final byte[] ACTORS = ImportFiles.withBom(SpreadsheetImportIT.ACTORS);
    private static final byte[] GRAPHML = resource("territoire.graphml");
    private static final byte[] GEXF = resource("territoire.gexf");
    private static final byte[] WORKBOOK = workbook();

    @Provide
    Arbitrary<List<Damage>> csv() {
        return Damage.toCsv();
    }

    @Provide
    Arbitrary<List<Damage>> xml() {
        return Damage.toXml();
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Damage.randomBytes();
    }

    /** One to four bytes set to any value, as a damaged download has: (position, value) pairs. */
    @Provide
    Arbitrary<List<Tuple2<Integer, Byte>>> flips() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.bytes())
                .as(Tuple::of)
                .list()
                .ofMinSize(1)
                .ofMaxSize(MAX_FLIPS);
    }

    @Property(seed = PropertySeed.SEED)
    void shouldCheckOrRefuseEveryDamagedSpreadsheetCsv(@ForAll("csv") List<Damage> damage) {
        checkOrRefuse(() -> check("acteurs.csv", Damage.applyAll(damage, ACTORS)));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldCheckOrRefuseEveryDamagedZip(
            @ForAll("csv") List<Damage> toParticipations,
            @ForAll("csv") List<Damage> toMapping,
            @ForAll("flips") List<Tuple2<Integer, Byte>> flips,
            @ForAll boolean flipped) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("acteurs.csv", utf8(SpreadsheetImportIT.ACTORS));
        files.put("projets.csv", utf8(SpreadsheetImportIT.PROJECTS));
        files.put(
                "participations.csv",
                Damage.applyAll(toParticipations, utf8(SpreadsheetImportIT.PARTICIPATIONS)));
        files.put(
                "mapping.csv",
                Damage.applyAll(toMapping, utf8("file,column,field\nprojets,Début,from\n")));
        byte[] zip = ImportFiles.zip(files);
        checkOrRefuse(() -> check("equipe.zip", flipped ? flip(zip, flips) : zip));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldCheckOrRefuseEveryDamagedWorkbook(
            @ForAll("flips") List<Tuple2<Integer, Byte>> flips) {
        checkOrRefuse(() -> check("equipe.xlsx", flip(WORKBOOK, flips)));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldCheckOrRefuseEveryDamagedGraphMl(@ForAll("xml") List<Damage> damage) {
        checkOrRefuse(() -> check("territoire.graphml", Damage.applyAll(damage, GRAPHML)));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldCheckOrRefuseEveryDamagedGexf(@ForAll("xml") List<Damage> damage) {
        checkOrRefuse(() -> check("territoire.gexf", Damage.applyAll(damage, GEXF)));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldRefuseRandomBytesInEveryFormat(
            @ForAll("randomBytes") byte[] bytes, @ForAll @IntRange(max = 4) int format) {
        checkOrRefuse(() -> check(NAMES[format], bytes));
    }

    /** Checks a file as the importer's first pass does; the problems found. */
    private static List<ImportProblem> check(String name, byte[] content) {
        try (ImportSource source =
                ImportSource.of(name, new ByteArrayInputStream(content), null, 1 << 20)) {
            new Checker(source.mapping(), source.problems(), Progress.NONE).check(source.tables());
            return source.problems().listed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with the given bytes changed; positions wrap around the file's length. */
    private static byte[] flip(byte[] bytes, List<Tuple2<Integer, Byte>> flips) {
        byte[] copy = bytes.clone();
        for (Tuple2<Integer, Byte> flip : flips) {
            copy[flip.get1() % copy.length] = flip.get2();
        }
        return copy;
    }

    private static void checkOrRefuse(Supplier<List<ImportProblem>> checking) {
        Throwable failure = assertTimeoutPreemptively(PER_TRY, () -> unexpected(checking));
        if (failure != null) {
            fail(where(failure), failure);
        }
    }

    /** The unexpected failure of one check, or null when it ended with a list of problems. */
    private static Throwable unexpected(Supplier<List<ImportProblem>> checking) {
        try {
            for (ImportProblem problem : checking.get()) {
                assertThat(problem.file()).as(problem.toString()).isNotBlank();
                assertThat(problem.message()).as(problem.toString()).isNotBlank();
                assertThat(problem.line()).as(problem.toString()).isNotNegative();
            }
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return e;
        }
    }

    static String where(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        StackTraceElement[] frames = failure.getStackTrace();
        for (int i = 0; i < Math.min(8, frames.length); i++) {
            text.append("\n\tat ").append(frames[i]);
        }
        return text.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook() {
        try {
            return ImportFiles.workbook(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream("/importing/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
