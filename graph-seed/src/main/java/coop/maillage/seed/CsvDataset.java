package coop.maillage.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A dataset in the Maillage CSV format ({@code docs/data-format.md}), read and checked: every
 * file's columns, every id unique, every cell of the right type, every reference resolved. A
 * dataset with any problem is refused whole, with all its problems listed.
 */
public final class CsvDataset {

    /** One row: its line in the file and its typed values (null for empty cells). */
    public record Row(long line, Map<String, Object> values) {

        public String id() {
            return (String) values.get("id");
        }
    }

    /** Where commons-csv says a malformed record starts. */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private final Map<CsvFile, List<Row>> rows;

    private CsvDataset(Map<CsvFile, List<Row>> rows) {
        this.rows = rows;
    }

    /** The rows of a file, in file order. */
    public List<Row> rows(CsvFile file) {
        return rows.getOrDefault(file, List.of());
    }

    /** Reads a dataset from a directory; missing files are empty. */
    public static CsvDataset fromDirectory(Path directory) {
        return read(
                file -> {
                    Path path = directory.resolve(file.fileName());
                    return Files.exists(path) ? Files.newInputStream(path) : null;
                });
    }

    /** Reads a dataset from a classpath folder such as {@code seed/clusterjura}. */
    public static CsvDataset fromClasspath(String folder) {
        ClassLoader loader = CsvDataset.class.getClassLoader();
        return read(file -> loader.getResourceAsStream(folder + "/" + file.fileName()));
    }

    /** Opens a file of the dataset, or returns null if it is absent. */
    @FunctionalInterface
    interface Opener {
        InputStream open(CsvFile file) throws IOException;
    }

    static CsvDataset read(Opener opener) {
        List<DatasetProblem> problems = new ArrayList<>();
        Map<CsvFile, List<Row>> rows = new EnumMap<>(CsvFile.class);
        for (CsvFile file : CsvFile.values()) {
            try (InputStream in = opener.open(file)) {
                if (in != null) {
                    rows.put(file, readFile(file, in, problems));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file.fileName() + ": " + e.getMessage(), e);
            }
        }
        checkReferences(rows, problems);
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return new CsvDataset(rows);
    }

    private static List<Row> readFile(CsvFile file, InputStream in, List<DatasetProblem> problems) {
        CSVFormat format =
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                        .get();
        String name = file.fileName();
        try (Reader reader = new InputStreamReader(skipBom(in), strictUtf8());
                CSVParser parser = CSVParser.parse(reader, format)) {
            return readRows(file, parser, problems);
        } catch (CharacterCodingException e) {
            problems.add(notUtf8(name));
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header with a repeated or an empty column name
            problems.add(
                    new DatasetProblem(
                            name, 1, null, e.getMessage() + "; give each column its own name"));
        } catch (IOException e) {
            problems.add(new DatasetProblem(name, 1, null, malformed(e)));
        }
        return List.of();
    }

    /** The rows of a file whose header was read; a malformed row ends the file with a problem. */
    private static List<Row> readRows(
            CsvFile file, CSVParser parser, List<DatasetProblem> problems) {
        String name = file.fileName();
        List<String> header = parser.getHeaderNames();
        for (String column : file.header()) {
            if (!header.contains(column)) {
                problems.add(
                        new DatasetProblem(
                                name,
                                1,
                                column,
                                "missing column; the header must name " + file.header()));
            }
        }
        List<Row> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (hasNext(records, name, parser, problems)) {
            CSVRecord record = records.next();
            rows.add(readRow(file, record, parser.getCurrentLineNumber(), ids, problems));
        }
        return rows;
    }

    private static Row readRow(
            CsvFile file,
            CSVRecord record,
            long line,
            Set<String> ids,
            List<DatasetProblem> problems) {
        String name = file.fileName();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : file.header()) {
            String cell = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
            values.put(column, typed(name, line, column, cell, problems));
        }
        if (values.get("from") instanceof java.time.LocalDate from
                && values.get("to") instanceof java.time.LocalDate to
                && to.isBefore(from)) {
            problems.add(
                    new DatasetProblem(
                            name,
                            line,
                            "to",
                            "'to' ("
                                    + to
                                    + ") is before 'from' ("
                                    + from
                                    + "); swap them or correct one of the dates"));
        }
        Object id = values.get("id");
        if (id == null || !ids.add((String) id)) {
            problems.add(
                    new DatasetProblem(
                            name,
                            line,
                            "id",
                            id == null ? "empty id" : "duplicate id '" + id + "'"));
        }
        return new Row(line, values);
    }

    /**
     * Whether another row follows; a row that cannot be parsed (an unclosed quote, text after a
     * closing quote, bytes that are not UTF-8) is a problem that ends the file.
     */
    private static boolean hasNext(
            Iterator<CSVRecord> records,
            String name,
            CSVParser parser,
            List<DatasetProblem> problems) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.add(notUtf8(name));
            } else {
                Matcher start = START_LINE.matcher(String.valueOf(e.getCause().getMessage()));
                long line =
                        start.find()
                                ? Long.parseLong(start.group(1))
                                : parser.getCurrentLineNumber() + 1;
                problems.add(new DatasetProblem(name, line, null, malformed(e.getCause())));
            }
            return false;
        }
    }

    private static DatasetProblem notUtf8(String file) {
        return new DatasetProblem(
                file, 0, null, "the file is not UTF-8 text; save it as UTF-8 (\"CSV UTF-8\")");
    }

    private static String malformed(IOException e) {
        String reason = String.valueOf(e.getMessage()).replaceAll("^.*\\): ?", "");
        return "the CSV is malformed ("
                + reason
                + "); quote cells that contain commas, quotes or line breaks, and double the"
                + " quotes inside them (\"\")";
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Object typed(
            String file, long line, String column, String cell, List<DatasetProblem> problems) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return FileTarget.COLUMN_TYPES.getOrDefault(column, ColumnType.TEXT).parse(cell);
        } catch (IllegalArgumentException e) {
            problems.add(new DatasetProblem(file, line, column, e.getMessage()));
            return null;
        }
    }

    private static void checkReferences(
            Map<CsvFile, List<Row>> rows, List<DatasetProblem> problems) {
        Map<CsvFile, Set<String>> ids = new HashMap<>();
        rows.forEach(
                (file, list) -> ids.put(file, new HashSet<>(list.stream().map(Row::id).toList())));
        for (FileTarget target : FileTarget.ALL) {
            for (Row row : rows.getOrDefault(target.file(), List.of())) {
                for (FileTarget.Reference reference :
                        FileTarget.PROPERTY_REFERENCES.getOrDefault(target.file(), List.of())) {
                    check(
                            target.file(),
                            row,
                            reference.column(),
                            reference.definedIn(),
                            ids,
                            problems,
                            false);
                }
                if (target.node()) {
                    for (FileTarget.Link link : target.links()) {
                        check(
                                target.file(),
                                row,
                                link.column(),
                                List.of(link.definedIn()),
                                ids,
                                problems,
                                false);
                    }
                } else {
                    Object start = row.values().get(target.start().column());
                    if (FileTarget.DISTINCT_ENDS.contains(target.file())
                            && start != null
                            && start.equals(row.values().get(target.end().column()))) {
                        problems.add(
                                new DatasetProblem(
                                        target.file().fileName(),
                                        row.line(),
                                        target.end().column(),
                                        "'" + start + "' " + FileTarget.sameEnds(target.file())));
                    }
                    check(
                            target.file(),
                            row,
                            target.start().column(),
                            target.start().definedIn(),
                            ids,
                            problems,
                            true);
                    check(
                            target.file(),
                            row,
                            target.end().column(),
                            target.end().definedIn(),
                            ids,
                            problems,
                            true);
                }
            }
        }
    }

    private static void check(
            CsvFile file,
            Row row,
            String column,
            List<CsvFile> definedIn,
            Map<CsvFile, Set<String>> ids,
            List<DatasetProblem> problems,
            boolean required) {
        Object value = row.values().get(column);
        if (value == null) {
            if (required) {
                problems.add(
                        new DatasetProblem(
                                file.fileName(),
                                row.line(),
                                column,
                                "empty reference; name the id of a row of " + names(definedIn)));
            }
            return;
        }
        boolean found =
                definedIn.stream().anyMatch(f -> ids.getOrDefault(f, Set.of()).contains(value));
        if (!found) {
            problems.add(
                    new DatasetProblem(
                            file.fileName(),
                            row.line(),
                            column,
                            "'"
                                    + value
                                    + "' is not an id in "
                                    + names(definedIn)
                                    + "; add that row or correct the id"));
        }
    }

    private static String names(List<CsvFile> files) {
        return String.join(" or ", files.stream().map(CsvFile::fileName).toList());
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        buffered.mark(3);
        byte[] head = buffered.readNBytes(3);
        if (!(head.length == 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
