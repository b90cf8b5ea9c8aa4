package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the generator: {@code --out DIR} and optional parameters, each with the
 * default of {@link GeneratorParameters}. Bad arguments give one line on standard error and exit
 * status {@value #USAGE_ERROR}; a write failure gives status {@value #IO_ERROR}.
 */
public final class GeneratorCommand {

    public static final int OK = 0;
    public static final int IO_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    static final String USAGE =
            """
            Usage: generate --out DIR [options]
            Writes a synthetic territory in the Maillage CSV data format.
              --out DIR                directory to write (created if missing)
              --actors N               actors, the pole included (200-100000; default 500)
              --from-year Y            first year (default 2015)
              --to-year Y              last year, inclusive (default 2024)
              --projects-per-year N    new projects a year (0-5000; default 12)
              --formation R            new collaborations per actor per year (0-5; default 0.3)
              --dissolution R          yearly probability that a collaboration ends
                                       (0-1; default 0.15)
              --cross-trend T          yearly rise of the cross-sector tie probability
                                       (-0.2-0.2; default 0.03)
              --persons S              share of natural persons (0-0.9; default 0.25)
              --sectors LIST           sector weights of organisations (default
                                       ESS=0.3,ENTREPRISE=0.3,PUBLIC=0.15,
                                       RECHERCHE=0.08,CITOYEN=0.1,FINANCEUR=0.07)
              --seed N                 random seed (default 1)
              --help                   print this help
            """;

    private static final Set<String> OPTIONS =
            Set.of(
                    "--out",
                    "--actors",
                    "--from-year",
                    "--to-year",
                    "--projects-per-year",
                    "--formation",
                    "--dissolution",
                    "--cross-trend",
                    "--persons",
                    "--sectors",
                    "--seed");

    private GeneratorCommand() {}

    /** A parsed command line. */
    record Invocation(GeneratorParameters parameters, Path out) {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status; usable by a wrapping command line. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return OK;
            }
        }
        Invocation invocation;
        try {
            invocation = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + " (see --help)");
            return USAGE_ERROR;
        }
        try {
            GenerationSummary summary =
                    TerritoryGenerator.generate(invocation.parameters(), invocation.out());
            for (CsvFile file : CsvFile.values()) {
                out.println(file.fileName() + " " + summary.rows(file));
            }
            return OK;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot write " + invocation.out() + ": " + e.getMessage());
            return IO_ERROR;
        }
    }

    /** Parses the arguments; throws with a one-line message naming the faulty argument. */
    static Invocation parse(String[] args) {
        GeneratorParameters defaults = GeneratorParameters.defaults();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            if (values.put(option, args[++i]) != null) {
                throw new IllegalArgumentException(option + " is given twice");
            }
        }
        String out = values.get("--out");
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        GeneratorParameters parameters =
                new GeneratorParameters(
                        integer(values, "--actors", defaults.actors()),
                        integer(values, "--from-year", defaults.firstYear()),
                        integer(values, "--to-year", defaults.lastYear()),
                        sectors(values.get("--sectors"), defaults.sectorWeights()),
                        integer(values, "--projects-per-year", defaults.projectsPerYear()),
                        number(values, "--formation", defaults.formationRate()),
                        number(values, "--dissolution", defaults.dissolutionRate()),
                        number(values, "--cross-trend", defaults.crossSectorTrend()),
                        number(values, "--persons", defaults.personShare()),
                        longInteger(values, "--seed", defaults.seed()));
        return new Invocation(parameters, Path.of(out));
    }

    private static int integer(Map<String, String> values, String option, int fallback) {
        long value = longInteger(values, option, fallback);
        if (value != (int) value) {
            throw new IllegalArgumentException(option + " is too large: " + values.get(option));
        }
        return (int) value;
    }

    private static long longInteger(Map<String, String> values, String option, long fallback) {
        String text = values.get(option);
        try {
            return text == null ? fallback : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + text);
        }
    }

    private static double number(Map<String, String> values, String option, double fallback) {
        String text = values.get(option);
        try {
            return text == null ? fallback : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number such as 0.3, got " + text);
        }
    }

    private static Map<Sector, Double> sectors(String text, Map<Sector, Double> fallback) {
        if (text == null) {
            return fallback;
        }
        Map<Sector, Double> weights = new EnumMap<>(Sector.class);
        for (String entry : text.split(",", -1)) {
            String[] parts = entry.split("=", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(
                        "--sectors needs SECTOR=WEIGHT pairs separated by commas, got " + entry);
            }
            Sector sector;
            try {
                sector = Sector.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "--sectors: unknown sector "
                                + parts[0]
                                + "; use one of ESS, ENTREPRISE, PUBLIC, RECHERCHE, CITOYEN,"
                                + " FINANCEUR");
            }
            weights.put(sector, number(Map.of("--sectors", parts[1]), "--sectors", 0));
        }
        return weights;
    }
}
