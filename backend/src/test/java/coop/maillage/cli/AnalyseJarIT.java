package coop.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code java -jar target/maillage.jar analyse} as a child process, as researchers do: the
 * packaged jar (built by {@code package}, before {@code integration-test}) must analyse a file
 * without starting Spring or a database, and report a broken file in one line.
 */
class AnalyseJarIT {

    private static final Path JAR = Path.of("target", "maillage.jar");
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir Path dir;

    @Test
    void shouldAnalyseAFileAndPrintValidJson() throws Exception {
        Result result =
                java(
                        "analyse",
                        "--input",
                        CliRun.fixture("watts-strogatz.gexf").toString(),
                        "--group-by",
                        "group",
                        "--permutations",
                        "100");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(result.out());
        assertThat(json.get("graph").get("nodes").asInt()).isEqualTo(60);
        assertThat(json.get("nodes")).hasSize(60);
        assertThat(json.get("groups").get("eiIndexNullModel").get("permutations").asInt())
                .isEqualTo(100);
    }

    @Test
    void shouldReportABrokenFileInOneLineWithStatus1() throws Exception {
        Files.writeString(dir.resolve("nodes.csv"), "id,sector\na,ESS\nb,PUBLIC\n");
        Files.writeString(dir.resolve("edges.csv"), "source,target,weight\na,b,1\nb,a,heavy\n");

        Result result = java("analyse", "--input", dir.resolve("edges.csv").toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: edges.csv line 3:").doesNotContain("\tat ");
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
        Process process =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("analyse did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
