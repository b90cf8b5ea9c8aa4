package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import coop.maillage.seed.DatasetLoader;
import coop.maillage.seed.FileTarget;
import coop.maillage.seed.RecordMerge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass of an import, after a clean first one: reads the tables again and hands their
 * rows to the store in batches of {@link Importer#BATCH}, so that one batch at most is in memory.
 */
final class SecondPass {

    private final ImportSource source;
    private final DatasetLoader.Batches batches;
    private final Progress progress;
    private final String phase;
    private final long total;
    private final Map<CsvFile, RecordMerge.Counts> counts = new EnumMap<>(CsvFile.class);
    private long done;

    SecondPass(
            ImportSource source,
            DatasetLoader.Batches batches,
            Progress progress,
            String phase,
            long total) {
        this.source = source;
        this.batches = batches;
        this.progress = progress;
        this.phase = phase;
        this.total = total;
    }

    /** The counts per entity of what the batches did. */
    Map<CsvFile, RecordMerge.Counts> run() {
        progress.update(phase, 0, total);
        try {
            for (Table table : source.tables()) {
                pass(table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private void pass(Table table) throws IOException {
        FileTarget target = Checker.target(table.entity());
        // the first pass found no problem: these are thrown away
        Problems ignored = new Problems();
        String provenance = "import: " + table.place().describe();
        List<Map<String, Object>> batch = new ArrayList<>();
        try (Table.Rows rows = table.open()) {
            Layout layout =
                    Layout.of(
                            table.place(),
                            table.entity(),
                            rows.header(),
                            source.mapping(),
                            ignored);
            RowTyper typer = new RowTyper(table.place(), table.entity(), layout, ignored);
            for (SourceRow row = rows.next(); row != null; row = rows.next()) {
                Map<String, Object> values = typer.read(row);
                if (values == null) {
                    continue;
                }
                batch.add(values);
                if (batch.size() == Importer.BATCH) {
                    flush(target, batch, provenance);
                }
            }
        }
        flush(target, batch, provenance);
        counts.putIfAbsent(table.entity(), RecordMerge.Counts.NONE);
    }

    private void flush(FileTarget target, List<Map<String, Object>> batch, String provenance) {
        if (batch.isEmpty()) {
            return;
        }
        RecordMerge.Counts result = batches.merge(target, batch, provenance);
        counts.merge(target.file(), result, RecordMerge.Counts::plus);
        done += batch.size();
        batch.clear();
        progress.update(phase, done, total);
    }
}
