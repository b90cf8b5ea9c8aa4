package coop.maillage.importing;

import coop.maillage.neo4j.Database;
import coop.maillage.seed.CsvFile;
import coop.maillage.seed.DatasetLoader;
import coop.maillage.seed.RecordMerge;
import coop.maillage.seed.TransactionTooLargeException;
import coop.maillage.store.AuditTrail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Imports files into the store in two passes over their rows. The first checks every row and lists
 * every problem ({@link Checker}, {@link ReferenceResolver}). If there is none, the second reads
 * the rows again, in batches: a dry run compares them with the store (what would be created,
 * updated, left unchanged), a real run writes them in one transaction with its audit record, so
 * that everything lands or nothing does ({@link DatasetLoader}, {@link RecordMerge}).
 */
@Service
public class Importer {

    /** Rows per batch of the second pass. */
    static final int BATCH = 5_000;

    private final Database database;
    private final AuditTrail audit;

    Importer(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /**
     * Checks, then compares ({@code apply} false) or writes ({@code apply} true) the tables of
     * {@code source}.
     */
    public ImportReport run(ImportSource source, boolean apply, Progress progress) {
        Problems problems = source.problems();
        Checker checker = new Checker(source.mapping(), problems, progress);
        try {
            checker.check(source.tables());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checker.notes().forEach(source::note);
        progress.update("checking", 0, checker.pending().size());
        ReferenceResolver.resolve(database, checker.pending(), problems);
        if (!problems.isEmpty()) {
            progress.update("done", 0, 0);
            return new ImportReport(
                    problems.listed(),
                    problems.count(),
                    source.notes(),
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    false);
        }
        long total = checker.rows().values().stream().mapToLong(Long::longValue).sum();
        Map<CsvFile, RecordMerge.Counts> counts;
        try {
            counts = apply ? write(source, total, progress) : compare(source, total, progress);
        } catch (TransactionTooLargeException e) {
            progress.update("done", 0, 0);
            ImportProblem problem =
                    ImportProblem.of(new Place(source.name(), null), e.getMessage());
            return new ImportReport(
                    List.of(problem), 1, source.notes(), Map.of(), Map.of(), Map.of(), false);
        }
        progress.update("done", total, total);
        return report(source, counts, apply);
    }

    private Map<CsvFile, RecordMerge.Counts> compare(
            ImportSource source, long total, Progress progress) {
        return loader().compare(
                        batches ->
                                new SecondPass(source, batches, progress, "comparing", total)
                                        .run());
    }

    private Map<CsvFile, RecordMerge.Counts> write(
            ImportSource source, long total, Progress progress) {
        String name = source.name();
        try {
            return loader().write(
                            new DatasetLoader.Description(
                                    name, name, false, "Imported from " + source.name()),
                            batches ->
                                    new SecondPass(source, batches, progress, "writing", total)
                                            .run(),
                            (tx, counts) -> {
                                PersonExtras.remove(tx);
                                audit.record(tx, "import", "dataset", name, summary(counts));
                            });
        } finally {
            database.written();
        }
    }

    private DatasetLoader loader() {
        return new DatasetLoader(
                database.driver(), database.sessionConfig().database().orElse(null));
    }

    private static ImportReport report(
            ImportSource source, Map<CsvFile, RecordMerge.Counts> counts, boolean applied) {
        Map<String, ImportReport.Change> changes = new TreeMap<>();
        Map<String, Long> created = new TreeMap<>();
        counts.forEach(
                (file, c) -> {
                    changes.put(
                            file.fileName(),
                            new ImportReport.Change(c.created(), c.updated(), c.unchanged()));
                    created.put(file.fileName(), c.created());
                });
        return new ImportReport(
                List.of(),
                0,
                source.notes(),
                changes,
                applied ? Map.of() : created,
                applied ? created : Map.of(),
                applied);
    }

    private static String summary(Map<CsvFile, RecordMerge.Counts> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach(
                (file, c) ->
                        text.append(text.isEmpty() ? "" : ", ")
                                .append(file.fileName())
                                .append(": ")
                                .append(c.created())
                                .append(" created, ")
                                .append(c.updated())
                                .append(" updated, ")
                                .append(c.unchanged())
                                .append(" unchanged"));
        return text.toString();
    }
}
