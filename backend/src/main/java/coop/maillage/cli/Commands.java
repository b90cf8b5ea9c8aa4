package coop.maillage.cli;

import coop.maillage.CommandContext;
import coop.maillage.backup.BackupCommands;
import coop.maillage.dataset.DatasetService;
import coop.maillage.export.ExportCommand;
import coop.maillage.importing.ImportCommand;
import coop.maillage.report.ReportCommand;
import coop.maillage.seed.CsvDataset;
import coop.maillage.seed.DatasetException;
import coop.maillage.seed.generator.GeneratorCommand;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The commands of the jar besides the web application: {@code generate} writes a synthetic
 * territory, {@code load DIR} loads a dataset directory into the configured database, {@code seed}
 * loads the demonstration dataset. Each returns an exit status; errors are one line.
 */
public final class Commands {

    static final String USAGE =
            """
            Usage: java -jar maillage.jar [COMMAND] [OPTIONS]

            With no command, runs the web application (embedded database unless
            MAILLAGE_NEO4J_URI is set) and prints the address of the UI.

            Commands:
              analyse --input FILE [OPTIONS]
                                   compute the metrics of a GraphML, GEXF or CSV graph file,
                                   with no database (analyse --help lists the options)
              generate [OPTIONS]   write a synthetic territory in the CSV data format
                                   (generate --help lists the options)
              load DIR             load a directory in the CSV data format into the database,
                                   in one transaction (nothing is written if any row is wrong)
              seed                 load the Clus'Ter Jura demonstration dataset (idempotent)
              backup FILE          write a backup of the whole database to FILE (gzip'd JSON
                                   lines, docs/backup.md)
              restore FILE         restore a backup into an empty database, in one transaction
              report --year YEAR [--lang fr|en] [--format pdf|html] --out FILE
                                   write the impact report of a year from the database
                                   (docs/report.md)
              export --format F --out FILE [OPTIONS]
                                   export the network (graphml, gexf, csv, json) or every
                                   record (dataset) to FILE (export --help lists the options)
              import FILE [--apply] [--mapping FILE]
                                   check a .csv, .zip, .xlsx, .graphml or .gexf file for
                                   import (a dry run), or import it with --apply, in one
                                   transaction; problems one a line as file:line:column
              help                 show this help
            """;

    private Commands() {}

    /** Whether the arguments name a command rather than options of the web application. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "analyse" -> AnalyseCommand.run(rest, out, err);
            case "generate" -> GeneratorCommand.run(rest, out, err);
            case "load" -> load(rest, out, err);
            case "seed" -> withDatasets(err, datasets -> out.println(datasets.loadSeed()));
            case "backup" -> BackupCommands.backup(rest, out, err);
            case "restore" -> BackupCommands.restore(rest, out, err);
            case "report" -> ReportCommand.run(rest, out, err);
            case "export" -> ExportCommand.run(rest, out, err);
            case "import" -> ImportCommand.run(rest, out, err);
            case "help", "--help" -> {
                out.print(USAGE);
                yield 0;
            }
            default -> {
                err.println("error: unknown command '" + args[0] + "'");
                err.print(USAGE);
                yield 2;
            }
        };
    }

    private static int load(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            err.println(
                    "error: load needs one existing directory in the CSV data format,"
                            + " e.g. load target/territory-2000");
            return 2;
        }
        Path directory = Path.of(args[0]);
        return withDatasets(
                err,
                datasets ->
                        out.println(
                                datasets.load(
                                        CsvDataset.fromDirectory(directory),
                                        directory.getFileName().toString())));
    }

    private static int withDatasets(
            PrintStream err, java.util.function.Consumer<DatasetService> work) {
        return CommandContext.run(
                err,
                context -> {
                    work.accept(context.getBean(DatasetService.class));
                    return 0;
                },
                e -> e instanceof DatasetException ? e.getMessage() : null);
    }
}
