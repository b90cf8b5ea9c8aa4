package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import coop.maillage.seed.FileTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of one import, kept in a private temporary directory: a CSV named after its entity
 * ({@code actors.csv}, {@code acteurs.csv}), a workbook ({@code .xlsx}, one sheet per entity), a
 * GraphML or GEXF graph, or a zip of such files with, optionally, a {@code mapping.csv}. Paths
 * inside a zip are ignored (no zip slip) and the number and size of its entries are bounded.
 */
public final class ImportSource implements AutoCloseable {

    static final int MAX_ENTRIES = 100;

    private final String name;
    private final Path directory;
    private final Problems problems = new Problems();
    private final List<Table> tables = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final long maxBytes;
    private ColumnMapping mapping;
    private long unpacked;

    private ImportSource(String name, ColumnMapping mapping, long maxBytes) throws IOException {
        this.name = name;
        this.mapping = mapping;
        this.maxBytes = maxBytes;
        this.directory = Files.createTempDirectory("maillage-import-");
    }

    /**
     * The files of an upload named {@code filename}, read from {@code in} (at most {@code
     * maxBytes}, and as much again for each file a zip holds).
     *
     * @param mappingJson the user's column mapping as JSON ({@link ColumnMapping}), or null
     */
    public static ImportSource of(
            String filename, InputStream in, String mappingJson, long maxBytes) throws IOException {
        String name = filename == null || filename.isBlank() ? "upload" : baseName(filename);
        ImportSource source = new ImportSource(name, ColumnMapping.NONE, maxBytes);
        try {
            try {
                source.mapping = ColumnMapping.fromJson(mappingJson);
            } catch (IllegalArgumentException e) {
                source.problems.add(ImportProblem.of(new Place("mapping", null), e.getMessage()));
            }
            source.read(name, in);
            source.tables.sort(Comparator.comparingInt(t -> order(t.entity())));
            if (source.tables.isEmpty() && source.problems.isEmpty()) {
                source.problems.add(
                        ImportProblem.of(
                                new Place(name, null),
                                "holds no file of records; send files or sheets named after"
                                        + " their entity: "
                                        + Names.entityNames()));
            }
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        return source;
    }

    /**
     * A file on disk, for the command line, with a column mapping file: JSON, or a CSV with the
     * columns of a {@code mapping.csv}; null for none.
     */
    public static ImportSource of(Path file, Path mappingFile, long maxBytes) throws IOException {
        String json = null;
        boolean csvMapping =
                mappingFile != null
                        && mappingFile.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (mappingFile != null && !csvMapping) {
            json = Files.readString(mappingFile);
        }
        ImportSource source;
        try (InputStream in = Files.newInputStream(file)) {
            source = of(file.getFileName().toString(), in, json, maxBytes);
        }
        if (csvMapping) {
            try (InputStream in = Files.newInputStream(mappingFile)) {
                source.mapping =
                        ColumnMapping.fromCsv(
                                        in, mappingFile.getFileName().toString(), source.problems)
                                .and(source.mapping);
            }
        }
        return source;
    }

    /** The upload's file name, for messages and the dataset's record. */
    public String name() {
        return name;
    }

    List<Table> tables() {
        return tables;
    }

    ColumnMapping mapping() {
        return mapping;
    }

    Problems problems() {
        return problems;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    void note(String note) {
        notes.add(note);
    }

    /**
     * Reads the upload; what makes it unreadable (a damaged zip, a size over the limit, a mapping
     * that is not JSON) is a problem of the upload, not an error.
     */
    private void read(String name, InputStream in) {
        Place place = new Place(name, null);
        try {
            add(name, in, true);
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.of(place, e.getMessage()));
        } catch (IOException e) {
            problems.add(
                    ImportProblem.of(
                            place,
                            "the file cannot be read ("
                                    + e.getMessage()
                                    + "); send it again, or save it again from its program"));
        }
    }

    private void add(String file, InputStream in, boolean top) throws IOException {
        String lower = file.toLowerCase(Locale.ROOT);
        Place place = new Place(file, null);
        if (lower.endsWith(".zip") && top) {
            unzip(in);
        } else if (lower.endsWith(".xlsx")) {
            XlsxSheets.stage(copy(file, in), place, directory, tables, notes, problems);
        } else if (lower.endsWith(".graphml") || lower.endsWith(".gexf")) {
            tables.addAll(GraphTables.of(copy(file, in), place, lower.endsWith(".gexf"), problems));
        } else if (lower.endsWith(".csv")
                && !top
                && file.equalsIgnoreCase(ColumnMapping.FILE_NAME)) {
            // reading the mapping must not close the zip it is in
            InputStream kept =
                    new java.io.FilterInputStream(in) {
                        @Override
                        public void close() {}
                    };
            mapping = ColumnMapping.fromCsv(kept, file, problems).and(mapping);
        } else if (lower.endsWith(".csv")) {
            Optional<CsvFile> entity = Names.entity(file);
            if (entity.isEmpty()) {
                problems.add(ImportProblem.of(place, unknownName()));
            } else {
                tables.add(new CsvTable(copy(file, in), place, entity.get()));
            }
        } else if (top) {
            problems.add(
                    ImportProblem.of(
                            place,
                            "not a file that can be imported; send a .csv, .zip, .xlsx, .graphml"
                                    + " or .gexf file"));
        } else {
            notes.add(file + " left aside: only .csv, .xlsx, .graphml and .gexf files are read");
        }
    }

    private void unzip(InputStream in) throws IOException {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String file = baseName(entry.getName());
                if (entry.isDirectory()
                        || entry.getName().startsWith("__MACOSX/")
                        || file.startsWith(".")) {
                    continue;
                }
                if (++entries > MAX_ENTRIES) {
                    throw new IllegalArgumentException(
                            "the zip holds more than " + MAX_ENTRIES + " files");
                }
                add(file, zip, false);
            }
        }
    }

    /** Copies a file into the directory under a name of its own; bounded by the size limit. */
    private Path copy(String file, InputStream in) throws IOException {
        Path target = directory.resolve(tables.size() + "-" + safe(file));
        while (Files.exists(target)) {
            target = directory.resolve("x" + target.getFileName());
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            long copied = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                copied += n;
                unpacked += n;
                if (copied > maxBytes || unpacked > 4 * maxBytes) {
                    throw new IllegalArgumentException(
                            file + " is larger than the import limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return target;
    }

    private static String unknownName() {
        return "the file's name does not say which records it holds; name it after them: "
                + Names.entityNames();
    }

    private static int order(CsvFile file) {
        for (int i = 0; i < FileTarget.ALL.size(); i++) {
            if (FileTarget.ALL.get(i).file() == file) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String baseName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String safe(String file) {
        String name = file.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.length() > 80 ? name.substring(name.length() - 80) : name;
    }

    @Override
    public void close() {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: the directory is under the system's temporary directory.
        }
    }
}
