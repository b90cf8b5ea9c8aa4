package coop.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.metrics.Metric;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseOptionsTest {

    private static final String NODES =
            "id,sector,kind\na,ESS,\nb,PUBLIC,\nc,ESS,\nd,PUBLIC,POLE\n";
    private static final String EDGES =
            "source,target,weight,from,to\na,b,1,2019,\nb,c,2,2020,2021\nc,d,1,,\na,d,1,2021,\n";

    @TempDir Path dir;

    @Test
    void shouldDocumentEveryOptionAndEveryMetricInTheHelp() {
        CliRun run = CliRun.analyse("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains(
                        "--input",
                        "--nodes",
                        "--edges",
                        "--group-by",
                        "--timeline",
                        "--from",
                        "--to",
                        "--year",
                        "--cumulative",
                        "--layers",
                        "--without-pole",
                        "--permutations",
                        "--seed",
                        "--weighted-paths",
                        "--betweenness",
                        "--samples",
                        "--format",
                        "--out",
                        "--help",
                        "--version",
                        "Output, JSON",
                        "Output, CSV",
                        "Exit status");
        for (Metric metric : Metric.values()) {
            assertThat(run.out())
                    .as(metric.id())
                    .containsPattern("(?m)^  " + metric.id() + " +" + metric.labelEn());
        }
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(101));
    }

    @Test
    void shouldPrintTheVersion() {
        CliRun run = CliRun.analyse("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("maillage analyse ");
    }

    @Test
    void shouldBeReachedFromTheJarsCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);

        int status = Commands.run(new String[] {"analyse", "--help"}, stream, stream);

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--group-by");
        assertThat(Commands.USAGE).contains("analyse --input FILE");
    }

    @Test
    void shouldRefuseBadOptionsWithStatus2AndOneLineNamingTheFix() throws IOException {
        String nodes = csvPair().toString();
        assertBadOptions(List.of(), "give --input FILE");
        assertBadOptions(List.of("--input", nodes, "--colour", "red"), "Unknown option");
        assertBadOptions(List.of("--input", nodes, "--format", "xml"), "'--format'");
        assertBadOptions(List.of("--input", nodes, "--permutations", "many"), "'--permutations'");
        assertBadOptions(List.of("--input", nodes, "--permutations", "-1"), "give 0");
        assertBadOptions(List.of("--input", nodes, "--layers", "friendships"), "'--layers'");
        assertBadOptions(List.of("--input", nodes, "--from", "2019"), "add --timeline");
        assertBadOptions(
                List.of("--input", nodes, "--timeline", "--from", "2021", "--to", "2019"),
                "in order");
        assertBadOptions(List.of("--input", nodes, "--cumulative"), "--year or --timeline");
        assertBadOptions(List.of("--input", nodes, "--samples", "10"), "--betweenness sampled");
        assertBadOptions(
                List.of("--input", nodes, "--betweenness", "sampled", "--samples", "1"),
                "at least 2");
        assertBadOptions(List.of("--input", nodes, "--nodes", nodes), "not both");
        assertBadOptions(List.of("--nodes", nodes), "--nodes needs --edges");
        assertBadOptions(
                List.of("--input", nodes, "--group-by", "college"), "use one of kind, sector");
    }

    @Test
    void shouldReportABrokenFileWithItsLineAndStatus1() throws IOException {
        Files.writeString(dir.resolve("nodes.csv"), NODES);
        Files.writeString(dir.resolve("edges.csv"), "source,target\na,b\nb,x9\n");

        CliRun run = CliRun.analyse("--input", dir.resolve("nodes.csv").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertOneLine(run.err());
        assertThat(run.err())
                .startsWith("error: edges.csv line 3: target \"x9\" is not a node id in nodes.csv");
    }

    @Test
    void shouldReportAMissingFileWithStatus1() {
        CliRun run = CliRun.analyse("--input", dir.resolve("absent.graphml").toString());

        assertThat(run.status()).isEqualTo(1);
        assertOneLine(run.err());
        assertThat(run.err()).startsWith("error: absent.graphml: no such file");
    }

    @Test
    void shouldAskForYearsWhenATimelineIsWantedOfAnUndatedFile() {
        String lesmis = CliRun.fixture("lesmis.graphml").toString();

        CliRun undated = CliRun.analyse("--input", lesmis, "--timeline");
        CliRun bounded =
                CliRun.analyse(
                        "--input",
                        lesmis,
                        "--timeline",
                        "--from",
                        "2019",
                        "--to",
                        "2020",
                        "--permutations",
                        "0");

        assertThat(undated.status()).isEqualTo(1);
        assertOneLine(undated.err());
        assertThat(undated.err()).contains("lesmis.graphml", "give --from and --to");
        assertThat(bounded.status()).isZero();
        assertThat(bounded.json().get("timeline")).hasSize(2);
    }

    @Test
    void shouldReadNodesAndEdgesGivenApart() throws IOException {
        Path nodes = Files.writeString(dir.resolve("actors.csv"), NODES);
        Path edges = Files.writeString(dir.resolve("ties.csv"), EDGES);

        CliRun run = CliRun.analyse("--nodes", nodes.toString(), "--edges", edges.toString());

        assertThat(run.status()).isZero();
        assertThat(run.json().get("graph").get("edges").asInt()).isEqualTo(4);
        assertThat(run.json().get("options").get("edges").asString()).isEqualTo(edges.toString());
    }

    @Test
    void shouldWriteTheOutputFileInsteadOfStandardOutput() throws IOException {
        Path out = dir.resolve("metrics.csv");

        CliRun run =
                CliRun.analyse(
                        "--input", csvPair().toString(), "--format", "CSV", "--out", "" + out);

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(5).first().asString().startsWith("id,degree,");
    }

    @Test
    void shouldReportAnOutputFileThatCannotBeWrittenWithStatus1() throws IOException {
        Path out = dir.resolve("missing-directory").resolve("metrics.json");

        CliRun run = CliRun.analyse("--input", csvPair().toString(), "--out", out.toString());

        assertThat(run.status()).isEqualTo(1);
        assertOneLine(run.err());
        assertThat(run.err()).startsWith("error: cannot write " + out);
    }

    @Test
    void shouldCutTheSnapshotThatYearLayersAndPoleSay() throws IOException {
        String input = csvPair().toString();

        assertThat(edges(input)).isEqualTo(4);
        assertThat(edges(input, "--year", "2019")).isEqualTo(2);
        assertThat(edges(input, "--year", "2022")).isEqualTo(3);
        assertThat(edges(input, "--year", "2022", "--cumulative")).isEqualTo(4);
        assertThat(edges(input, "--without-pole")).isEqualTo(2);
        assertThat(edges(input, "--layers", "Workshops")).isZero();
    }

    @Test
    void shouldSampleBetweennessFromTheSourcesAsked() throws IOException {
        CliRun run =
                CliRun.analyse(
                        "--input",
                        csvPair().toString(),
                        "--betweenness",
                        "sampled",
                        "--samples",
                        "3");

        assertThat(run.json().get("graph").get("betweennessSources").asInt()).isEqualTo(3);
        assertThat(run.json().get("options").get("betweenness").asString()).isEqualTo("sampled");
        assertThat(run.json().get("options").get("samples").asInt()).isEqualTo(3);
    }

    @Test
    void shouldCountAnEdgeActiveInSeveralPeriodsOnceAndRepeatedEdgesEachInTheWholeGraph()
            throws IOException {
        Files.writeString(dir.resolve("nodes.csv"), "id\na\nb\nc\n");
        Files.writeString(
                dir.resolve("edges.csv"),
                "source,target,weight,from,to\n"
                        + "a,b,2,2019,2019\n"
                        + "a,b,2,2021,2022\n"
                        + "b,c,1,,\n"
                        + "b,c,1,,\n");

        CliRun whole = CliRun.analyse("--input", dir.resolve("edges.csv").toString());
        CliRun year = CliRun.analyse("--input", dir.toString(), "--year", "2021");

        assertThat(whole.json().get("graph").get("totalWeight").asDouble()).isEqualTo(4.0);
        assertThat(year.json().get("graph").get("totalWeight").asDouble()).isEqualTo(4.0);
    }

    private int edges(String input, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("--input", input));
        args.addAll(List.of(options));
        CliRun run = CliRun.analyse(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return run.json().get("graph").get("edges").asInt();
    }

    private Path csvPair() throws IOException {
        Files.writeString(dir.resolve("nodes.csv"), NODES);
        Files.writeString(dir.resolve("edges.csv"), EDGES);
        return dir.resolve("nodes.csv");
    }

    private static void assertBadOptions(List<String> args, String fix) {
        CliRun run = CliRun.analyse(args.toArray(String[]::new));
        assertThat(run.status()).as("%s", args).isEqualTo(2);
        assertThat(run.out()).as("%s", args).isEmpty();
        assertOneLine(run.err());
        assertThat(run.err()).as("%s", args).startsWith("error: ").contains(fix);
    }

    private static void assertOneLine(String err) {
        assertThat(err.lines()).hasSize(1);
        assertThat(err).doesNotContain("Exception", "\tat ");
    }
}
