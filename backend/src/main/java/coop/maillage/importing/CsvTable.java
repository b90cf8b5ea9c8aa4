package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheets save it: UTF-8 with or without a byte-order mark, cells separated by
 * {@code ;}, {@code ,} or a tab (the one the header line uses most), RFC 4180 quoting.
 */
record CsvTable(Path path, Place place, CsvFile entity) implements Table {

    /** How far the header line is looked at to find the separator. */
    private static final int HEADER_LOOK = 1 << 16;

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    @Override
    public Rows open() throws IOException {
        return open(Files.newInputStream(path));
    }

    /** Opens CSV text, finding its separator; the stream is closed with the rows. */
    static Cursor open(InputStream in) throws IOException {
        return open(in, null);
    }

    /** Opens CSV text with the given separator (null: find it); closed with the rows. */
    static Cursor open(InputStream in, Character given) throws IOException {
        try {
            BufferedReader reader = reader(in);
            char separator = given != null ? given : separator(reader);
            CSVFormat format =
                    CSVFormat.RFC4180
                            .builder()
                            .setDelimiter(separator)
                            .setIgnoreEmptyLines(true)
                            .get();
            return new Cursor(CSVParser.parse(reader, format));
        } catch (CharacterCodingException e) {
            in.close();
            throw notUtf8();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static BufferedReader reader(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in);
        buffered.mark(3);
        byte[] head = buffered.readNBytes(3);
        boolean bom =
                head.length == 3
                        && (head[0] & 0xFF) == 0xEF
                        && (head[1] & 0xFF) == 0xBB
                        && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            buffered.reset();
        }
        return new BufferedReader(
                new InputStreamReader(
                        buffered,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** The separator the header line uses most, outside quotes; a comma when it uses none. */
    static char separator(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOK);
        char[] head = new char[HEADER_LOOK];
        int length = reader.read(head);
        reader.reset();
        int semicolons = 0, commas = 0, tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < length && (quoted || (head[i] != '\n' && head[i] != '\r')); i++) {
            switch (head[i]) {
                case '"' -> quoted = !quoted;
                case ';' -> semicolons += quoted ? 0 : 1;
                case ',' -> commas += quoted ? 0 : 1;
                case '\t' -> tabs += quoted ? 0 : 1;
                default -> {
                    // a character of a column name
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    static TableException notUtf8() {
        return new TableException(
                0, "the file is not UTF-8 text; save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet)");
    }

    /** The rows of an open CSV text; its first record is the header. */
    static final class Cursor implements Rows {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;

        Cursor(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
            this.header = hasNext() ? records.next().toList() : List.of();
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public SourceRow next() {
            if (!hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new SourceRow(parser.getCurrentLineNumber(), record.toList());
        }

        private boolean hasNext() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw notUtf8();
                }
                String reason = String.valueOf(e.getCause().getMessage());
                Matcher start = START_LINE.matcher(reason);
                long line =
                        start.find()
                                ? Long.parseLong(start.group(1))
                                : parser.getCurrentLineNumber() + 1;
                throw new TableException(
                        line,
                        "the CSV is malformed ("
                                + reason.replaceAll("^.*\\): ?", "")
                                + "); quote cells that hold the separator, quotes or line"
                                + " breaks, and double the quotes inside them (\"\")");
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
