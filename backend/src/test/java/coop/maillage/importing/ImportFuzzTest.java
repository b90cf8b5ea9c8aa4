package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import coop.maillage.io.FileMutator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever is done to a spreadsheet CSV, a zip, a workbook or a graph file, checking it
 * for import ends with a list of problems (each naming its file and saying what to do) or with none
 * — never another exception, never a hang; so nothing is ever written from a damaged file that is
 * not listed as such. The tries are seeded: a failure prints the seed and the mutations, which
 * replay exactly.
 */
class ImportFuzzTest {

    static final long BASE_SEED = Long.getLong("fuzz.seed", 9_000L);
    static final int TRIES = Integer.getInteger("fuzz.tries", 200);
    static final Duration PER_TRY = Duration.ofSeconds(10);

    @Test
    void shouldCheckOrRefuseEveryDamagedSpreadsheetCsv() {
        byte[] base = ImportFiles.withBom(SpreadsheetImportIT.ACTORS);
        fuzz(t -> check("acteurs.csv", t.mutateCsv(base, t.log)));
    }

    @Test
    void shouldCheckOrRefuseEveryDamagedZip() {
        fuzz(
                t -> {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    files.put(
                            "acteurs.csv",
                            SpreadsheetImportIT.ACTORS.getBytes(StandardCharsets.UTF_8));
                    files.put(
                            "projets.csv",
                            SpreadsheetImportIT.PROJECTS.getBytes(StandardCharsets.UTF_8));
                    files.put(
                            "participations.csv",
                            t.mutateCsv(
                                    SpreadsheetImportIT.PARTICIPATIONS.getBytes(
                                            StandardCharsets.UTF_8),
                                    t.log));
                    files.put(
                            "mapping.csv",
                            t.mutateCsv(
                                    "file,column,field\nprojets,Début,from\n"
                                            .getBytes(StandardCharsets.UTF_8),
                                    t.log));
                    byte[] zip = ImportFiles.zip(files);
                    return check("equipe.zip", t.coin.nextInt(3) == 0 ? flip(zip, t) : zip);
                });
    }

    @Test
    void shouldCheckOrRefuseEveryDamagedWorkbook() throws IOException {
        byte[] base = ImportFiles.workbook(false);
        fuzz(t -> check("equipe.xlsx", flip(base, t)));
    }

    @Test
    void shouldCheckOrRefuseEveryDamagedGraphMl() throws IOException {
        byte[] base = resource("territoire.graphml");
        fuzz(t -> check("territoire.graphml", t.mutateXml(base, t.log)));
    }

    @Test
    void shouldCheckOrRefuseEveryDamagedGexf() throws IOException {
        byte[] base = resource("territoire.gexf");
        fuzz(t -> check("territoire.gexf", t.mutateXml(base, t.log)));
    }

    @Test
    void shouldRefuseRandomBytesInEveryFormat() {
        String[] names = {"acteurs.csv", "x.zip", "x.xlsx", "x.graphml", "x.gexf"};
        fuzz(
                t -> {
                    String name = names[t.coin.nextInt(names.length)];
                    t.log.add(name);
                    return check(name, t.randomBytes());
                });
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

    /** A copy with a few bytes changed, as a damaged download is. */
    private static byte[] flip(byte[] bytes, Try t) {
        byte[] copy = bytes.clone();
        int flips = 1 + t.coin.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int at = t.coin.nextInt(copy.length);
            copy[at] = (byte) t.coin.nextInt(256);
            t.log.add("flip@" + at);
        }
        return copy;
    }

    /** A seeded mutator with the log of what it did. */
    static final class Try extends FileMutator {
        final long seed;
        final List<String> log = new ArrayList<>();
        final Random coin;

        Try(long seed) {
            super(seed);
            this.seed = seed;
            this.coin = new Random(~seed);
        }
    }

    private static void fuzz(Function<Try, List<ImportProblem>> checking) {
        for (int i = 0; i < TRIES; i++) {
            Try attempt = new Try(BASE_SEED + i);
            Throwable failure =
                    assertTimeoutPreemptively(
                            PER_TRY,
                            () -> unexpected(checking, attempt),
                            () -> "hang " + attempt.log);
            if (failure != null) {
                fail("seed " + attempt.seed + " " + attempt.log + ": " + where(failure), failure);
            }
        }
    }

    /** The unexpected failure of one check, or null when it ended with a list of problems. */
    private static Throwable unexpected(Function<Try, List<ImportProblem>> checking, Try attempt) {
        try {
            for (ImportProblem problem : checking.apply(attempt)) {
                String where = "seed " + attempt.seed + " " + attempt.log + ": " + problem;
                assertThat(problem.file()).as(where).isNotBlank();
                assertThat(problem.message()).as(where).isNotBlank();
                assertThat(problem.line()).as(where).isNotNegative();
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

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream("/importing/" + name)) {
            return in.readAllBytes();
        }
    }
}
