package coop.maillage.importing;

import coop.maillage.CommandContext;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jar's {@code import FILE [--apply] [--mapping FILE]} command, against the configured
 * database: a dry run unless {@code --apply}. Problems are printed one a line as {@code
 * file:line:column: 'value': what is expected}; the exit status is 0 when the files are clean (and,
 * with {@code --apply}, imported), 1 when they have problems, 2 for a usage error.
 */
public final class ImportCommand {

    static final String USAGE =
            "usage: import FILE [--apply] [--mapping FILE]  (FILE: .csv, .zip, .xlsx, .graphml or"
                    + " .gexf; a dry run unless --apply)";

    /** Files on disk are not bounded like uploads, only by what a zip may expand to. */
    private static final long MAX_BYTES = 1L << 40;

    private ImportCommand() {}

    /** The command's arguments. */
    record Arguments(Path file, Path mapping, boolean apply) {

        /** The arguments, or an exception saying what is wrong with them. */
        static Arguments parse(String[] args) {
            Path file = null;
            Path mapping = null;
            boolean apply = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--apply")) {
                    apply = true;
                } else if (args[i].equals("--mapping") && i + 1 < args.length) {
                    mapping = Path.of(args[++i]);
                } else if (args[i].startsWith("-") || file != null) {
                    throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                } else {
                    file = Path.of(args[i]);
                }
            }
            if (file == null || !Files.isRegularFile(file)) {
                throw new IllegalArgumentException(
                        file == null ? "name a file to import" : "no file " + file);
            }
            if (mapping != null && !Files.isRegularFile(mapping)) {
                throw new IllegalArgumentException("no mapping file " + mapping);
            }
            return new Arguments(file, mapping, apply);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        return CommandContext.run(
                err,
                context -> {
                    try (ImportSource source =
                            ImportSource.of(arguments.file(), arguments.mapping(), MAX_BYTES)) {
                        ImportReport report =
                                context.getBean(Importer.class)
                                        .run(source, arguments.apply(), Progress.NONE);
                        return print(report, arguments.apply(), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                e ->
                        e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                                ? e.getMessage()
                                : null);
    }

    private static int print(ImportReport report, boolean applied, PrintStream out) {
        report.problems().forEach(out::println);
        if (report.problemCount() > report.problems().size()) {
            out.println(
                    "… and "
                            + (report.problemCount() - report.problems().size())
                            + " more problems");
        }
        report.notes().forEach(note -> out.println("note: " + note));
        if (report.problemCount() > 0) {
            out.println(report.problemCount() + " problem(s): nothing was imported");
            return 1;
        }
        report.changes()
                .forEach(
                        (file, change) ->
                                out.println(
                                        file
                                                + ": "
                                                + change.created()
                                                + (applied ? " created, " : " to create, ")
                                                + change.updated()
                                                + (applied ? " updated, " : " to update, ")
                                                + change.unchanged()
                                                + " unchanged"));
        out.println(
                applied
                        ? "Imported in one transaction."
                        : "Dry run: nothing was written; add --apply to import.");
        return 0;
    }
}
