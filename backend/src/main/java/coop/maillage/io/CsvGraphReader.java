package coop.maillage.io;

import coop.maillage.network.Interval;
import coop.maillage.network.TemporalNetwork;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a graph kept as two CSV files (RFC 4180, UTF-8 with or without a byte-order mark, {@code ,}
 * or {@code ;} as delimiter, chosen by counting them in the header line): a nodes file with an
 * {@code id} column, and an edges file with {@code source} and {@code target} columns. Both may
 * have {@code from}/{@code to} (or {@code start}/{@code end}) columns for time; edges may have a
 * {@code weight}. Every other nodes column is kept as an attribute (empty cells are absent); other
 * edges columns are ignored. Column names are matched ignoring case.
 */
final class CsvGraphReader {

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private CsvGraphReader() {}

    /** Reads the nodes and the edges, each stream named by its file name in messages. */
    static TemporalNetwork read(
            InputStream nodes, String nodesFile, InputStream edges, String edgesFile, int max) {
        NetworkCollector collector = new NetworkCollector(max);
        parse(
                nodes,
                nodesFile,
                List.of("id"),
                (record, place) -> addNode(collector, record, place));
        parse(
                edges,
                edgesFile,
                List.of("source", "target"),
                (record, place) -> addEdge(collector, record, place));
        return collector.build(" in " + nodesFile, "add it to " + nodesFile);
    }

    private static void addNode(NetworkCollector collector, Map<String, String> row, Place place) {
        String id = row.remove("id");
        Interval interval = Values.takeInterval(row, place);
        row.values().removeIf(String::isEmpty);
        collector.addNode(place, id, row, interval);
    }

    private static void addEdge(NetworkCollector collector, Map<String, String> row, Place place) {
        Interval interval = Values.takeInterval(row, place);
        double weight = Values.weight(row.get(Values.WEIGHT), place);
        collector.addEdge(place, row.get("source"), row.get("target"), weight, List.of(interval));
    }

    /** Calls {@code rowSink} with each row as a map from column name to cell, and its place. */
    private static void parse(
            InputStream in,
            String file,
            List<String> required,
            BiConsumer<Map<String, String>, Place> rowSink) {
        try (BufferedReader reader = utf8(in)) {
            char delimiter = delimiter(file, reader);
            CSVFormat format =
                    CSVFormat.RFC4180
                            .builder()
                            .setDelimiter(delimiter)
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .setIgnoreEmptyLines(true)
                            .setTrim(true)
                            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                            .get();
            try (CSVParser parser = parseHeader(format, reader, file)) {
                List<String> columns = columns(parser, file, required);
                Iterator<CSVRecord> records = parser.iterator();
                while (hasNext(records, parser, file)) {
                    CSVRecord record = records.next();
                    Place place = new Place(file, (int) parser.getCurrentLineNumber());
                    rowSink.accept(row(record, columns, place, delimiter), place);
                }
            }
        } catch (CharacterCodingException e) {
            throw new Place(file, 0)
                    .error("the file is not UTF-8 text", "save it as UTF-8 (\"CSV UTF-8\")");
        } catch (IOException e) {
            throw new Place(file, 0).error("the file cannot be read (" + e + ")", "check it");
        }
    }

    private static BufferedReader utf8(InputStream in) throws IOException {
        BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                in,
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPORT)
                                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** {@code ;} when the header line holds more semicolons than commas, else {@code ,}. */
    private static char delimiter(String file, BufferedReader reader) throws IOException {
        int limit = 1 << 16;
        reader.mark(limit);
        String header = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                header = line;
                break;
            }
        }
        reader.reset();
        if (header == null) {
            throw new Place(file, 0)
                    .error("the file is empty", "give a header line and one line per row");
        }
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static CSVParser parseHeader(CSVFormat format, BufferedReader reader, String file)
            throws IOException {
        try {
            return format.parse(reader);
        } catch (IllegalArgumentException e) {
            throw new Place(file, 1)
                    .error(
                            e.getMessage().replaceAll("\\. If this is valid.*", ""),
                            "give each column its own name");
        } catch (UncheckedIOException e) {
            throw malformed(file, e.getCause(), 1);
        }
    }

    private static List<String> columns(CSVParser parser, String file, List<String> required) {
        List<String> columns = new ArrayList<>();
        for (String name : parser.getHeaderNames()) {
            columns.add(canonical(name, required));
        }
        for (String name : required) {
            if (!columns.contains(name)) {
                throw new Place(file, 1)
                        .error(
                                "no \""
                                        + name
                                        + "\" column (columns: "
                                        + String.join(", ", parser.getHeaderNames())
                                        + ")",
                                "name the column \"" + name + "\" in the header line");
            }
        }
        return columns;
    }

    /** The required name that {@code name} matches ignoring case, else {@code name} as written. */
    private static String canonical(String name, List<String> required) {
        for (String wanted : required) {
            if (wanted.equalsIgnoreCase(name)) {
                return wanted;
            }
        }
        return Values.WEIGHT.equalsIgnoreCase(name) ? Values.WEIGHT : name;
    }

    private static Map<String, String> row(
            CSVRecord record, List<String> columns, Place place, char delimiter) {
        for (int extra = columns.size(); extra < record.size(); extra++) {
            if (!record.get(extra).isEmpty()) {
                throw place.error(
                        record.size() + " cells but the header has " + columns.size(),
                        "quote the cells that contain \""
                                + delimiter
                                + "\" or remove the extra"
                                + " cells");
            }
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), i < record.size() ? record.get(i) : "");
        }
        return row;
    }

    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, String file) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw malformed(file, e.getCause(), (int) parser.getCurrentLineNumber() + 1);
        }
    }

    private static GraphFileException malformed(String file, IOException e, int line) {
        if (e instanceof CharacterCodingException) {
            return new Place(file, 0)
                    .error("the file is not UTF-8 text", "save it as UTF-8 (\"CSV UTF-8\")");
        }
        String message = String.valueOf(e.getMessage());
        Matcher start = START_LINE.matcher(message);
        Place place = new Place(file, start.find() ? Integer.parseInt(start.group(1)) : line);
        if (message.contains("EOF reached before encapsulated token finished")) {
            return place.error(
                    "a quoted cell is not closed",
                    "close the quote, and double any quote inside a quoted cell (\"\")");
        }
        return place.error(
                "the CSV is malformed (" + message.replaceAll("^.*\\): ?", "") + ")",
                "quote cells that contain quotes, delimiters or line breaks, and double the"
                        + " quotes inside them (\"\")");
    }
}
