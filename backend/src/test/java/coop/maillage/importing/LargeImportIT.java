package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.seed.generator.GeneratorParameters;
import coop.maillage.seed.generator.TerritoryGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-actor synthetic territory (about 385,000 rows, 43 MB of CSV) with the real jar. Its
 * real import in a JVM of {@link #SMALL_HEAP} needs more memory than Neo4j allows one transaction:
 * it is refused with a message saying so, and nothing is written. Then it is checked and compared
 * with the database in a JVM of {@link #HEAP}, Neo4j included, and all of it is still to create:
 * the rows as Java maps would need several times that heap, so the import streams its files
 * (docs/benchmarks.md, "Import").
 */
class LargeImportIT {

    static final String HEAP = "-Xmx256m";
    static final String SMALL_HEAP = "-Xmx512m";
    private static final Path JAR = Path.of("target", "maillage.jar");
    private static final long TIMEOUT_MINUTES = 8;

    @TempDir Path work;

    @Test
    void shouldRefuseTooLargeATransactionWholeAndCheckTheTerritoryInASmallHeap() throws Exception {
        assertThat(JAR).as("the jar, built by 'package' before the integration tests").exists();
        Path territory = work.resolve("territory");
        TerritoryGenerator.generate(
                GeneratorParameters.defaults()
                        .withActors(100_000)
                        .withProjectsPerYear(500)
                        .withSeed(42),
                territory);
        Path zip = zip(territory, work.resolve("territory.zip"));
        String refused = run(SMALL_HEAP, zip.toString(), "--apply");
        assertThat(refused)
                .contains("needs more memory than the database allows one transaction")
                .contains("nothing was imported");

        String checked = run(HEAP, zip.toString());
        assertThat(checked)
                .contains("actors.csv: 100000 to create, 0 to update, 0 unchanged")
                .contains("collaborations.csv: 187638 to create")
                .contains("Dry run: nothing was written")
                .doesNotContain("OutOfMemoryError");
    }

    /** The output of the jar's {@code import} with {@code arguments}, in a JVM of {@code heap}. */
    private String run(String heap, String... arguments) throws Exception {
        Path log = work.resolve("import" + heap + ".log");
        Process child = child(heap, log, arguments);
        boolean ended = child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as(output).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(arguments.length > 1 ? 1 : 0);
        return output;
    }

    private Process child(String heap, Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add(heap);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.add("import");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("MAILLAGE_NEO4J_URI");
        builder.environment().put("MAILLAGE_NEO4J_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("MAILLAGE_NEO4J_BOLT_PORT", "0");
        builder.environment().put("MAILLAGE_NEO4J_PAGE_CACHE", "32m");
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Path zip(Path directory, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out);
                var files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                entries.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return zip;
    }
}
