package coop.maillage.export;

import coop.maillage.CommandContext;
import coop.maillage.network.Layer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * {@code java -jar maillage.jar export}: the exports of the API ({@code docs/export.md}) written to
 * a file, against the configured database. Whoever runs the jar on the machine holding the database
 * is its admin, so {@code --names} is allowed; without it persons are pseudonymised, as everywhere,
 * and an export with names is recorded in the audit trail. The file is replaced only once it is
 * complete. Exit status: 0 done, 1 the database or the file failed, 2 bad options.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Exports the network (GraphML, GEXF, CSV, node-link JSON) for one year or the whole"
                    + " history, or every record in the CSV data format, from the configured"
                    + " database. Natural persons are pseudonymised unless --names is given.",
            ""
        })
public final class ExportCommand implements Callable<Integer> {

    /** What to export. */
    enum Kind {
        GRAPHML,
        GEXF,
        CSV,
        JSON,
        DATASET
    }

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description =
                    "graphml, gexf, csv (a zip of nodes.csv and edges.csv), json (networkx"
                            + " node-link) or dataset (every record, CSV data format, zipped).")
    private Kind format;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "The snapshot of that year, with node metrics. Default: every year.")
    private Integer year;

    @Option(names = "--cumulative", description = "With --year: every tie formed up to it.")
    private boolean cumulative;

    @Option(
            names = "--layers",
            paramLabel = "LIST",
            split = ",",
            description =
                    "Ties: collaborations, projects, workshops. Default: collaborations,projects.")
    private List<Layer> layers;

    @Option(names = "--without-pole", description = "Leaves the pole out.")
    private boolean withoutPole;

    @Option(
            names = "--territory",
            paramLabel = "ID",
            description = "The territory. Default: the one with the most actors.")
    private String territory;

    @Option(
            names = "--names",
            description = "Natural persons with their names and communes instead of pseudonyms.")
    private boolean names;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file.")
    private Path out;

    private final PrintStream stdout;
    private final PrintStream stderr;

    private ExportCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs the command with {@code args} (after {@code export}); returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = utf8(out);
        PrintWriter errWriter = utf8(err);
        CommandLine commandLine = new CommandLine(new ExportCommand(out, err));
        commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(
                        (e, arguments) -> {
                            errWriter.println("error: " + e.getMessage() + " (see export --help)");
                            return ExitCode.USAGE;
                        });
        int status = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return status;
    }

    @Override
    public Integer call() {
        String problem = problem();
        if (problem != null) {
            stderr.println("error: " + problem + " (see export --help)");
            return ExitCode.USAGE;
        }
        Path file = out.toAbsolutePath();
        return CommandContext.run(
                stderr,
                context -> {
                    String summary = writeAtomically(file, context);
                    stdout.println("Exported " + summary + " to " + file);
                    return ExitCode.OK;
                },
                ExportCommand::userError);
    }

    /** What is wrong with the options together, or null. */
    private String problem() {
        boolean networkOptions =
                year != null || cumulative || layers != null || withoutPole || territory != null;
        if (format == Kind.DATASET && networkOptions) {
            return "--format dataset exports every record: leave out --year, --cumulative,"
                    + " --layers, --without-pole and --territory";
        }
        if (cumulative && year == null) {
            return "--cumulative needs --year (the whole history is already every tie)";
        }
        if (layers != null && layers.isEmpty()) {
            return "--layers needs at least one of collaborations, projects, workshops";
        }
        return null;
    }

    private String writeAtomically(Path file, ConfigurableApplicationContext context) {
        ExportService exports = context.getBean(ExportService.class);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            String summary;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                summary = write(exports, stream);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // The partial file is named as such; leaving it is harmless.
            }
        }
    }

    private String write(ExportService exports, OutputStream stream) throws IOException {
        if (format == Kind.DATASET) {
            List<DatasetTable> tables = exports.dataset(names);
            DatasetZipWriter.write(tables, stream);
            return tables.stream().mapToInt(t -> t.rows().size()).sum() + " records";
        }
        NetworkFormat network = NetworkFormat.valueOf(format.name());
        NetworkRequest request =
                new NetworkRequest(
                        territory,
                        year,
                        cumulative,
                        layers == null ? Layer.DEFAULTS : Set.copyOf(layers),
                        withoutPole,
                        names);
        ExportGraph graph = exports.network(request, network);
        network.write(graph, stream);
        return graph.nodes().size()
                + " nodes and "
                + graph.edges().size()
                + " edges ("
                + format.name().toLowerCase(Locale.ROOT)
                + ")";
    }

    private static String userError(RuntimeException e) {
        if (e instanceof UncheckedIOException || e instanceof PseudonymCollisionException) {
            return e.getMessage();
        }
        return null;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
