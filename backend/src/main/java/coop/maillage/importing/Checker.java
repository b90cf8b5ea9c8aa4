package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import coop.maillage.seed.FileTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass of an import: reads every row of every table once, checks it ({@link RowTyper}),
 * that ids are unique per entity and that references name a record of the import. It keeps only the
 * ids, the references it could not resolve (the database may hold their records) and the problems;
 * no row stays in memory.
 */
final class Checker {

    /** A reference to a record that is not in the import. */
    record Pending(
            Place place, long line, String column, String value, FileTarget.Reference reference) {}

    private final ColumnMapping mapping;
    private final Problems problems;
    private final Progress progress;
    private final Map<CsvFile, Set<String>> ids = new EnumMap<>(CsvFile.class);
    private final Map<CsvFile, Long> rows = new EnumMap<>(CsvFile.class);
    private final List<Pending> pending = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long done;

    Checker(ColumnMapping mapping, Problems problems, Progress progress) {
        this.mapping = mapping;
        this.problems = problems;
        this.progress = progress;
    }

    /** Checks the tables, which are in load order ({@link FileTarget#ALL}). */
    void check(List<Table> tables) throws IOException {
        for (Table table : tables) {
            check(table);
        }
    }

    /** The rows read per entity. */
    Map<CsvFile, Long> rows() {
        return rows;
    }

    /** What was left aside: the user's own columns not kept for persons. */
    List<String> notes() {
        return notes;
    }

    /** The references that name no record of the import. */
    List<Pending> pending() {
        return pending;
    }

    private void check(Table table) throws IOException {
        FileTarget target = target(table.entity());
        Set<String> entityIds = ids.computeIfAbsent(table.entity(), e -> new HashSet<>());
        try (Table.Rows source = table.open()) {
            Layout layout =
                    Layout.of(table.place(), table.entity(), source.header(), mapping, problems);
            RowTyper typer = new RowTyper(table.place(), table.entity(), layout, problems);
            for (SourceRow row = source.next(); row != null; row = source.next()) {
                Map<String, Object> values = typer.read(row);
                if (values == null) {
                    continue;
                }
                rows.merge(table.entity(), 1L, Long::sum);
                if (++done % 1_000 == 0) {
                    progress.update("reading", done, 0);
                }
                Object id = values.get("id");
                if (id instanceof String text && !entityIds.add(text)) {
                    problems.add(
                            ImportProblem.at(
                                    table.place(),
                                    row.line(),
                                    layout.headerOf("id"),
                                    text,
                                    "duplicate id: another row of "
                                            + table.entity().fileName()
                                            + " has it; give each row its own id"));
                }
                references(table, layout, target, row, values);
            }
            for (String column : typer.withheld()) {
                notes.add(
                        table.place().describe()
                                + ": column "
                                + column
                                + " is not kept for persons: personal data Maillage does not"
                                + " need");
            }
        } catch (TableException e) {
            problems.add(ImportProblem.at(table.place(), e.line(), null, null, e.getMessage()));
        }
    }

    private void references(
            Table table,
            Layout layout,
            FileTarget target,
            SourceRow row,
            Map<String, Object> values) {
        List<FileTarget.Reference> references =
                new ArrayList<>(
                        FileTarget.PROPERTY_REFERENCES.getOrDefault(target.file(), List.of()));
        if (target.node()) {
            for (FileTarget.Link link : target.links()) {
                references.add(
                        new FileTarget.Reference(
                                link.column(), List.of(link.label()), List.of(link.definedIn())));
            }
        } else {
            references.add(target.start());
            references.add(target.end());
            Object start = values.get(target.start().column());
            if (FileTarget.DISTINCT_ENDS.contains(target.file())
                    && start instanceof String id
                    && id.equals(values.get(target.end().column()))) {
                problems.add(
                        ImportProblem.at(
                                table.place(),
                                row.line(),
                                layout.headerOf(target.end().column()),
                                id,
                                FileTarget.sameEnds(target.file())));
            }
        }
        for (FileTarget.Reference reference : references) {
            if (!(values.get(reference.column()) instanceof String value)) {
                continue;
            }
            boolean found =
                    reference.definedIn().stream()
                            .anyMatch(file -> ids.getOrDefault(file, Set.of()).contains(value));
            if (!found) {
                pending.add(
                        new Pending(
                                table.place(),
                                row.line(),
                                layout.headerOf(reference.column()),
                                value,
                                reference));
            }
        }
    }

    static FileTarget target(CsvFile file) {
        return FileTarget.ALL.stream().filter(t -> t.file() == file).findFirst().orElseThrow();
    }
}
