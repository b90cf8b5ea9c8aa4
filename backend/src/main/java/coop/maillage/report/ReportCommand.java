package coop.maillage.report;

import coop.maillage.CommandContext;
import coop.maillage.web.BadParameterException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -jar maillage.jar report --year 2024 [--lang en] [--format pdf|html] --out FILE}:
 * writes the impact report of a year from the configured database. The format defaults to the
 * file's extension, else PDF. Exit status: 0 written, 1 an error the user can fix (a year without
 * data, a file that cannot be written), 2 bad options; every error is one line.
 */
public final class ReportCommand {

    static final String USAGE =
            "usage: report --year YEAR [--lang fr|en] [--format pdf|html] --out FILE";

    private ReportCommand() {}

    /** The options, checked. */
    record Options(int year, Language language, ReportService.Format format, Path out) {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        return CommandContext.run(
                err,
                context -> {
                    byte[] bytes =
                            context.getBean(ReportService.class)
                                    .render(options.year(), options.language(), options.format());
                    write(options.out(), bytes);
                    out.println(
                            "Wrote the "
                                    + options.year()
                                    + " report ("
                                    + options.format().extension()
                                    + ", "
                                    + options.language().code()
                                    + ") to "
                                    + options.out().toAbsolutePath());
                    return 0;
                },
                e ->
                        e instanceof BadParameterException || e instanceof UncheckedIOException
                                ? e.getMessage()
                                : null);
    }

    static Options parse(String[] args) {
        Integer year = null;
        Language language = Language.FR;
        ReportService.Format format = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--year" -> year = year(value);
                case "--lang" -> language = language(value);
                case "--format" -> format = format(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (year == null) {
            throw new IllegalArgumentException("--year is required, e.g. --year 2024");
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required, e.g. --out rapport-2024.pdf");
        }
        if (format == null) {
            format =
                    out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")
                            ? ReportService.Format.HTML
                            : ReportService.Format.PDF;
        }
        return new Options(year, language, format, out);
    }

    private static int year(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--year takes a year, e.g. 2024, not '" + value + "'");
        }
    }

    private static Language language(String value) {
        try {
            return Language.parse(value);
        } catch (BadParameterException e) {
            throw new IllegalArgumentException("--lang takes fr or en, not '" + value + "'");
        }
    }

    private static ReportService.Format format(String value) {
        for (ReportService.Format format : ReportService.Format.values()) {
            if (format.extension().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException("--format takes pdf or html, not '" + value + "'");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
