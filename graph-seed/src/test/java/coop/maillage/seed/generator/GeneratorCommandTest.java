package coop.maillage.seed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratorCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GeneratorCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldPrintHelpAndSucceed() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage:")
                .contains("--actors N", "--cross-trend T", "--out DIR", "--seed N");
        assertThat(err()).isEmpty();
    }

    @Test
    void shouldParseEveryOption() {
        GeneratorCommand.Invocation invocation =
                GeneratorCommand.parse(
                        new String[] {
                            "--actors",
                            "300",
                            "--from-year",
                            "2010",
                            "--to-year",
                            "2012",
                            "--projects-per-year",
                            "4",
                            "--formation",
                            "0.5",
                            "--dissolution",
                            "0.2",
                            "--cross-trend",
                            "-0.01",
                            "--persons",
                            "0.1",
                            "--seed",
                            "42",
                            "--sectors",
                            "ess=1,ENTREPRISE=2",
                            "--out",
                            "target/x"
                        });

        assertThat(invocation.out()).isEqualTo(Path.of("target/x"));
        assertThat(invocation.parameters())
                .isEqualTo(
                        new GeneratorParameters(
                                300,
                                2010,
                                2012,
                                Map.of(Sector.ESS, 1.0, Sector.ENTREPRISE, 2.0),
                                4,
                                0.5,
                                0.2,
                                -0.01,
                                0.1,
                                42));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--actors 300 | --out DIR is required",
                "--out x --bogus 1 | unknown option --bogus",
                "--out x --actors | --actors needs a value",
                "--out x --actors many | --actors needs a whole number, got many",
                "--out x --formation fast | --formation needs a number such as 0.3, got fast",
                "--out x --out y | --out is given twice",
                "--out x --actors 50 | actors (--actors) must be between 200 and 100000, got 50",
                "--out x --sectors ESS | --sectors needs SECTOR=WEIGHT pairs",
                "--out x --sectors SOLAR=1 | --sectors: unknown sector SOLAR",
                "--out x --actors 99999999999 | --actors is too large: 99999999999"
            })
    void shouldRejectBadArgumentsWithOneLineAndStatusTwo(String args, String message) {
        assertThat(run(args.trim().split(" +"))).isEqualTo(GeneratorCommand.USAGE_ERROR);

        assertThat(err()).startsWith("error: ").contains(message).endsWith("\n");
        assertThat(err().strip()).doesNotContain("\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldWriteTheTerritoryAndPrintTheRowCounts(@TempDir Path directory) {
        int status = run("--actors", "200", "--to-year", "2017", "--out", directory.toString());

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("actors.csv 200\n", "colleges.csv 6\n", "figures.csv 0\n");
        assertThat(GeneratedFiles.read(directory).rows("actors.csv")).hasSize(200);
    }

    @Test
    void shouldReportAnUnwritableDirectoryWithStatusOne(@TempDir Path directory)
            throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(directory.resolve("plain-file"), "x");

        assertThat(run("--out", file.resolve("sub").toString()))
                .isEqualTo(GeneratorCommand.IO_ERROR);
        assertThat(err()).startsWith("error: cannot write ");
    }
}
