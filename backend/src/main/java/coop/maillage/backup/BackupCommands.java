package coop.maillage.backup;

import coop.maillage.CommandContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's {@code backup FILE} and {@code restore FILE} commands, against the configured database
 * (embedded, or the server of {@code MAILLAGE_NEO4J_URI}). Each returns an exit status; errors are
 * one line.
 */
public final class BackupCommands {

    private BackupCommands() {}

    /** {@code backup FILE}: writes the backup to FILE, replacing it only once it is complete. */
    public static int backup(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("error: backup needs one file to write, e.g. backup maillage.jsonl.gz");
            return 2;
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        return withContext(
                err,
                context -> {
                    BackupService.Summary summary = writeAtomically(file, context);
                    out.println(
                            "Backed up "
                                    + summary.nodes()
                                    + " nodes and "
                                    + summary.relationships()
                                    + " relationships to "
                                    + file);
                    return 0;
                });
    }

    /** {@code restore FILE}: restores FILE into the database, which must be empty. */
    public static int restore(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            err.println(
                    "error: restore needs one existing backup file, e.g. restore"
                            + " maillage.jsonl.gz");
            return 2;
        }
        Path file = Path.of(args[0]);
        // The backup brings its own accounts: a first admin created now would be deleted by the
        // restore, and printing its password would mislead.
        return CommandContext.run(
                err,
                context -> {
                    RestoreService.Summary summary;
                    try (InputStream in = Files.newInputStream(file)) {
                        summary = context.getBean(RestoreService.class).restore(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.println(
                            "Restored "
                                    + summary.nodes()
                                    + " nodes and "
                                    + summary.relationships()
                                    + " relationships from "
                                    + file
                                    + "; sign in with an account of the backup");
                    return 0;
                },
                BackupCommands::userError,
                "--maillage.security.create-first-admin=false");
    }

    private static BackupService.Summary writeAtomically(
            Path file, ConfigurableApplicationContext context) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            BackupService.Summary summary;
            try (OutputStream out = Files.newOutputStream(partial)) {
                summary = context.getBean(BackupService.class).backup(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // The partial file is named as such; leaving it is harmless.
            }
        }
    }

    private static int withContext(
            PrintStream err, Function<ConfigurableApplicationContext, Integer> work) {
        return CommandContext.run(err, work, BackupCommands::userError);
    }

    private static String userError(RuntimeException e) {
        if (e instanceof DatabaseNotEmptyException notEmpty) {
            return notEmpty.getMessage() + "; " + notEmpty.fix();
        }
        if (e instanceof BackupFileException
                || e instanceof BackupException
                || e instanceof UncheckedIOException) {
            return e.getMessage();
        }
        return null;
    }
}
