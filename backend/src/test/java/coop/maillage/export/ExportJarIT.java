package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code java -jar target/maillage.jar export} as a child process against an embedded database
 * of its own, seeded by the jar's {@code seed}: pseudonyms by default, names with {@code --names},
 * and options that do not fit together refused in one line before any database starts.
 */
class ExportJarIT {

    private static final Path JAR = Path.of("target", "maillage.jar");
    private static final long TIMEOUT_SECONDS = 300;
    private static final String PERSON = "Salarié·e 01 (direction)";

    @TempDir Path dir;

    @Test
    void shouldExportPseudonymsByDefaultAndNamesWhenAsked() throws Exception {
        assertThat(java("seed").status()).isZero();
        Path gexf = dir.resolve("network-2020.gexf");
        Path dataset = dir.resolve("dataset.zip");

        Result network =
                java("export", "--format", "gexf", "--year", "2020", "--out", gexf.toString());
        Result named =
                java("export", "--format", "dataset", "--names", "--out", dataset.toString());

        assertThat(network.status()).as(network.err()).isZero();
        assertThat(network.out()).startsWith("Exported ").contains(" nodes and ", gexf.toString());
        String xml = Files.readString(gexf, StandardCharsets.UTF_8);
        assertThat(xml).contains("<gexf xmlns=\"http://gexf.net/1.3\"").doesNotContain(PERSON);
        assertThat(named.status()).as(named.err()).isZero();
        assertThat(unzip(Files.readAllBytes(dataset)).get("actors.csv")).contains(PERSON);
        assertThat(dir).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void shouldRefuseOptionsThatDoNotFitInOneLine() throws Exception {
        Result result = java("export", "--format", "dataset", "--year", "2020", "--out", "x.zip");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: --format dataset exports every record");
    }

    private record Result(int status, String out, String err) {}

    private Result java(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("run mvn package first").exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        builder.environment()
                .putAll(
                        Map.of(
                                "MAILLAGE_NEO4J_URI", "",
                                "MAILLAGE_NEO4J_DATA_DIR", dir.resolve("data").toString(),
                                "MAILLAGE_NEO4J_BOLT_PORT", "0",
                                "MAILLAGE_NEO4J_PAGE_CACHE", "32m",
                                "MAILLAGE_SEED", "false"));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish in time");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
