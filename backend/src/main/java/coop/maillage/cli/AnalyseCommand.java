package coop.maillage.cli;

import coop.maillage.io.GraphFileException;
import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.metrics.BetweennessMode;
import coop.maillage.metrics.PathWeighting;
import coop.maillage.network.Layer;
import coop.maillage.network.TemporalNetwork;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * {@code java -jar maillage.jar analyse}: the command-line analyser. It reads a GraphML, GEXF or
 * CSV graph file, computes the metrics of the whole graph (or of one year's snapshot), optionally
 * by group and year by year, and writes them as JSON or CSV. No Spring context and no database are
 * started. Exit status: 0 done, 1 a file that cannot be read or written, 2 bad options; every error
 * is one line on standard error.
 */
@Command(
        name = "analyse",
        mixinStandardHelpOptions = true,
        versionProvider = AnalyseHelp.Version.class,
        sortOptions = false,
        usageHelpWidth = AnalyseHelp.WIDTH,
        description = {
            "Computes the graph, node and group metrics of a network file (GraphML, GEXF or"
                    + " CSV) and writes them as JSON or CSV. Needs no server and no database.",
            ""
        },
        footerHeading = "%n")
public final class AnalyseCommand implements Callable<Integer> {

    @Option(
            names = "--input",
            paramLabel = "FILE",
            description =
                    "The graph: a .graphml or .gexf file; a nodes (or edges) .csv file with its"
                            + " partner beside it (nodes.csv/edges.csv, x-nodes.csv/x-edges.csv);"
                            + " or a directory or .zip holding nodes.csv and edges.csv.")
    private Path input;

    @Option(names = "--nodes", paramLabel = "FILE", description = "The nodes CSV file.")
    private Path nodes;

    @Option(
            names = "--edges",
            paramLabel = "FILE",
            description = "The edges CSV file (with --nodes, instead of --input).")
    private Path edges;

    @Option(
            names = "--group-by",
            paramLabel = "ATTR",
            description =
                    "A node attribute (sector, college…) defining groups: adds eiIndex,"
                            + " weightedEiIndex, assortativity and crossGroupShare with"
                            + " permutation null models, the block density table and brokerage.")
    private String groupBy;

    @Option(
            names = "--timeline",
            description =
                    "Adds one row of graph metrics per year, over the years of the file's time"
                            + " axis (from/to or start/end) or --from/--to.")
    private boolean timeline;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year of the timeline.")
    private Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year of the timeline.")
    private Integer to;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description =
                    "Analyses the snapshot of that year (the nodes and ties active in it)"
                            + " instead of the whole graph with time ignored.")
    private Integer year;

    @Option(
            names = "--cumulative",
            description =
                    "Snapshots hold every tie formed up to their year (with --year or"
                            + " --timeline).")
    private boolean cumulative;

    @Option(
            names = "--layers",
            paramLabel = "LIST",
            split = ",",
            description =
                    "Ties to use, comma-separated: collaborations, projects, workshops (the"
                            + " two-mode actor–project and actor–event ties projected onto"
                            + " actors). Default: collaborations,projects.")
    private List<Layer> layers;

    @Option(
            names = "--without-pole",
            description = "Removes the pole (the actor of kind POLE) from the network.")
    private boolean withoutPole;

    @Option(
            names = "--permutations",
            paramLabel = "N",
            defaultValue = "" + AnalysisOptions.DEFAULT_PERMUTATIONS,
            description =
                    "Label permutations of each group null model, 0 for none. Default:"
                            + " ${DEFAULT-VALUE}.")
    private int permutations;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "" + AnalysisOptions.DEFAULT_SEED,
            description =
                    "Seed of the permutations, sampled betweenness and Louvain communities."
                            + " Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(
            names = "--weighted-paths",
            description =
                    "Path metrics (betweenness, closeness, harmonic) use distance = 1/weight"
                            + " instead of 1 per tie; the output says so in options and graph.")
    private boolean weightedPaths;

    @Option(
            names = "--betweenness",
            paramLabel = "MODE",
            description = "exact, or sampled from --samples sources. Default: exact.")
    private BetweennessMode betweenness = BetweennessMode.EXACT;

    @Option(
            names = "--samples",
            paramLabel = "K",
            description =
                    "Sources of sampled betweenness, at least 2. Default: "
                            + AnalysisOptions.DEFAULT_BETWEENNESS_SAMPLES
                            + ".")
    private Integer samples;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "json or csv (see Output below). Default: json.")
    private OutputFormat format = OutputFormat.JSON;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Writes the output to FILE (UTF-8) instead of standard output.")
    private Path out;

    private final PrintStream stdout;
    private final PrintWriter stderr;

    private AnalyseCommand(PrintStream stdout, PrintWriter stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs the command with {@code args} (after {@code analyse}); returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = utf8(out);
        PrintWriter errWriter = utf8(err);
        CommandLine commandLine = new CommandLine(new AnalyseCommand(out, errWriter));
        commandLine.setCommandName(AnalyseHelp.COMMAND_NAME);
        commandLine.getCommandSpec().usageMessage().footer(AnalyseHelp.footer());
        commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(
                        (e, arguments) -> fail(errWriter, e.getMessage(), ExitCode.USAGE))
                .setExecutionExceptionHandler((e, line, result) -> failure(errWriter, e));
        int status = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return status;
    }

    @Override
    public Integer call() {
        AnalyseSettings settings = settings();
        TemporalNetwork network = settings.input().read();
        Analysis.Report report = Analysis.run(network, settings);
        InputNotes.of(network, settings.layers()).forEach(note -> stderr.println("note: " + note));
        stderr.flush();
        String text =
                settings.format() == OutputFormat.JSON
                        ? JsonReport.write(report)
                        : CsvReport.write(report);
        write(text, settings.out());
        return ExitCode.OK;
    }

    /** The options, checked together; throws a {@link CommandFailure} naming the fix. */
    private AnalyseSettings settings() {
        new OptionRules(input, nodes, edges, groupBy, layers)
                .checkInput()
                .checkTime(timeline, from, to, year, cumulative)
                .checkAnalysis(permutations, betweenness, samples);
        AnalysisOptions analysis =
                AnalysisOptions.DEFAULTS
                        .withPermutations(permutations)
                        .withSeed(seed)
                        .withPathWeighting(
                                weightedPaths
                                        ? PathWeighting.INVERSE_WEIGHT
                                        : PathWeighting.UNWEIGHTED);
        if (betweenness == BetweennessMode.SAMPLED) {
            analysis =
                    analysis.withSampledBetweenness(
                            samples == null
                                    ? AnalysisOptions.DEFAULT_BETWEENNESS_SAMPLES
                                    : samples);
        }
        return new AnalyseSettings(
                new GraphInput(input, nodes, edges),
                year,
                cumulative,
                timeline,
                from,
                to,
                layers == null ? Layer.DEFAULTS : Set.copyOf(layers),
                withoutPole,
                groupBy,
                analysis,
                format,
                out);
    }

    private void write(String text, Path file) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (file == null) {
            // bytes, not characters: the output is UTF-8 whatever the platform's encoding
            stdout.write(bytes, 0, bytes.length);
            stdout.flush();
            return;
        }
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot write " + file + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its directory does not exist — create it or write elsewhere";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied — write elsewhere or change the permissions";
        }
        return e.getMessage() + " — check the path and the free space";
    }

    private static int failure(PrintWriter err, Exception e) {
        if (e instanceof GraphFileException) {
            return fail(err, e.getMessage(), CommandFailure.BAD_INPUT);
        }
        if (e instanceof CommandFailure failure) {
            return fail(err, failure.getMessage(), failure.status());
        }
        return fail(err, "the analysis failed (" + e + ")", ExitCode.SOFTWARE);
    }

    private static int fail(PrintWriter err, String message, int status) {
        String hint = status == ExitCode.USAGE ? " (see analyse --help)" : "";
        err.println("error: " + message.replace('\n', ' ') + hint);
        err.flush();
        return status;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
