package coop.maillage.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever is done to the files of a valid dataset, reading it either succeeds or throws
 * a {@link DatasetException} whose every problem names a file of the dataset and says what is wrong
 * — never another exception, never a hang; and most damage is refused. The damage is generated
 * ({@link DatasetMutator.Step}), so a failure shrinks to the fewest and simplest mutations and
 * prints them with the seed of the run.
 */
class CsvDatasetFuzzTest {

    static final String BASE = "fuzz/small";
    static final Duration PER_TRY = Duration.ofSeconds(5);

    private static final Map<String, byte[]> BASE_FILES = Map.copyOf(base());
    private static final Set<String> FILE_NAMES =
            Arrays.stream(CsvFile.values()).map(CsvFile::fileName).collect(Collectors.toSet());

    @Test
    void shouldReadTheUndamagedBase() {
        CsvDataset dataset = read(base());
        assertThat(dataset.rows(CsvFile.ACTORS)).hasSize(4);
        assertThat(dataset.rows(CsvFile.FIGURES)).hasSize(1);
    }

    @Property(seed = PropertySeed.SEED)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void shouldAcceptOrRefuseWithProblemsEveryDamagedDataset(
            @ForAll("damage") List<DatasetMutator.Step> damage) {
        Map<String, byte[]> files = DatasetMutator.apply(damage, BASE_FILES);
        Outcome outcome = assertTimeoutPreemptively(PER_TRY, () -> outcome(files), () -> "hang");
        if (outcome.failure() != null) {
            fail(outcome.failure().toString(), outcome.failure());
        }
        for (DatasetProblem problem : outcome.problems()) {
            assertThat(problem.file()).as(problem.toString()).isIn(FILE_NAMES);
            assertThat(problem.message()).as(problem.toString()).isNotBlank();
            assertThat(problem.line()).as(problem.toString()).isNotNegative();
        }
        Statistics.label("refused").collect(!outcome.problems().isEmpty());
        Statistics.label("refused")
                .coverage(refused -> refused.check(true).percentage(p -> p > 50));
    }

    @Provide
    Arbitrary<List<DatasetMutator.Step>> damage() {
        return DatasetMutator.steps();
    }

    @Test
    void shouldNameAnUnclosedQuoteWithItsFileAndLine() {
        Map<String, byte[]> files = base();
        files.put(
                "actors.csv",
                bytes(
                        text(files.get("actors.csv"))
                                .replace(",Arinthod,false,2016,", ",\"Arinthod,false,2016,")));
        assertThatThrownBy(() -> read(files))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("actors.csv line")
                .hasMessageContaining("quot");
    }

    @Test
    void shouldRefuseInvalidUtf8NamingTheFile() {
        Map<String, byte[]> files = base();
        byte[] broken =
                new DatasetMutator(1).apply(DatasetMutator.Mutation.INVALID_UTF8, new byte[0]);
        files.put("colleges.csv", concat(files.get("colleges.csv"), broken));
        assertThatThrownBy(() -> read(files))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("colleges.csv")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void shouldRefuseADuplicatedOrNamelessHeaderColumn() {
        Map<String, byte[]> files = base();
        files.put("territories.csv", bytes("id,name,name,provenance\nt,T,T,illustrative\n"));
        files.put("colleges.csv", bytes("id,,name,description,provenance\nc,,C,,illustrative\n"));
        assertThatThrownBy(() -> read(files))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("territories.csv line 1")
                .hasMessageContaining("colleges.csv line 1");
    }

    @Test
    void shouldRefuseSemicolonsNamingTheMissingColumns() {
        Map<String, byte[]> files = base();
        files.put("territories.csv", bytes(text(files.get("territories.csv")).replace(',', ';')));
        assertThatThrownBy(() -> read(files))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("territories.csv line 1, column id: missing column");
    }

    @Test
    void shouldAcceptAByteOrderMarkAndWindowsLineEnds() {
        Map<String, byte[]> files = base();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        files.put(
                "actors.csv",
                concat(bom, bytes(text(files.get("actors.csv")).replace("\n", "\r\n"))));
        assertThat(read(files).rows(CsvFile.ACTORS)).hasSize(4);
    }

    /** The undamaged dataset, file name to bytes. */
    static Map<String, byte[]> base() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ClassLoader loader = CsvDatasetFuzzTest.class.getClassLoader();
        for (CsvFile file : CsvFile.values()) {
            try (InputStream in = loader.getResourceAsStream(BASE + "/" + file.fileName())) {
                files.put(file.fileName(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static CsvDataset read(Map<String, byte[]> files) {
        return CsvDataset.read(
                file -> {
                    byte[] bytes = files.get(file.fileName());
                    return bytes == null ? null : new ByteArrayInputStream(bytes);
                });
    }

    /** The problems of a refused read (none when accepted), or the unexpected failure. */
    private record Outcome(List<DatasetProblem> problems, Throwable failure) {}

    private static Outcome outcome(Map<String, byte[]> files) {
        try {
            read(files);
            return new Outcome(List.of(), null);
        } catch (DatasetException e) {
            return e.problems().isEmpty()
                    ? new Outcome(List.of(), new AssertionError("no problem listed", e))
                    : new Outcome(e.problems(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(List.of(), e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
