package coop.maillage.backup;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a backup file line by line, checking each line as it comes: gzip, UTF-8, JSON, and the
 * shape of a header, node, relationship or end line. Every error names its line.
 */
final class BackupReader {

    private final BufferedReader reader;
    private int line;

    BackupReader(InputStream in) {
        try {
            this.reader =
                    new BufferedReader(
                            new InputStreamReader(
                                    new GZIPInputStream(in, 1 << 16),
                                    StandardCharsets.UTF_8
                                            .newDecoder()
                                            .onMalformedInput(CodingErrorAction.REPORT)
                                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (ZipException | EOFException e) {
            throw BackupFileException.unreadable(
                    0, "The file is not gzip-compressed, so it is not a Maillage backup", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The numbers of nodes and relationships a file announces. */
    record Counts(long nodes, long relationships) {}

    /** The counts the header announces, after checking it is a backup this version can read. */
    Counts header() {
        JsonNode header = nextJson();
        if (header == null || !BackupFormat.FORMAT.equals(text(header, "format", false))) {
            throw BackupFileException.at(
                    1,
                    "this is not the header of a Maillage backup (\"format\":"
                            + " \"maillage-backup\")");
        }
        long version = count(header, BackupFormat.HEADER_VERSION);
        if (version != BackupFormat.VERSION) {
            throw BackupFileException.at(
                    1,
                    "format version "
                            + version
                            + " is not the version this Maillage reads ("
                            + BackupFormat.VERSION
                            + "); restore it with the Maillage version that wrote it ("
                            + text(header, BackupFormat.HEADER_MAILLAGE, false)
                            + ")");
        }
        return new Counts(
                count(header, BackupFormat.NODES), count(header, BackupFormat.RELATIONSHIPS));
    }

    /** The number of lines read so far. */
    int lines() {
        return line;
    }

    /** The next line, or null at the end of the file. */
    BackupLine next() {
        JsonNode json = nextJson();
        if (json == null) {
            return null;
        }
        if (json.has(BackupFormat.NODE)) {
            return new BackupLine.Node(
                    line,
                    text(json, BackupFormat.NODE, true),
                    labels(json),
                    PropertyCodec.decode(json.get(BackupFormat.PROPERTIES), line));
        }
        if (json.has(BackupFormat.RELATIONSHIP)) {
            return new BackupLine.Relationship(
                    line,
                    text(json, BackupFormat.RELATIONSHIP, true),
                    text(json, BackupFormat.START, true),
                    text(json, BackupFormat.END_NODE, true),
                    PropertyCodec.decode(json.get(BackupFormat.PROPERTIES), line));
        }
        if (json.has(BackupFormat.END)) {
            return new BackupLine.End(
                    line, count(json, BackupFormat.NODES), count(json, BackupFormat.RELATIONSHIPS));
        }
        throw BackupFileException.at(
                line,
                "expected a node, relationship or end line (\"node\", \"relationship\" or"
                        + " \"complete\")");
    }

    private JsonNode nextJson() {
        String text;
        try {
            text = reader.readLine();
        } catch (EOFException e) {
            throw BackupFileException.unreadable(
                    line + 1, "The file is truncated after line " + line, e);
        } catch (ZipException e) {
            throw BackupFileException.unreadable(
                    line + 1,
                    "The file is corrupt after line " + line + " (" + e.getMessage() + ")",
                    e);
        } catch (CharacterCodingException e) {
            throw BackupFileException.at(line + 1, "the text is not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text == null) {
            return null;
        }
        line++;
        try {
            JsonNode json = BackupFormat.JSON.readTree(text);
            if (json == null || !json.isObject()) {
                throw BackupFileException.at(line, "expected a JSON object");
            }
            return json;
        } catch (JacksonException e) {
            throw BackupFileException.at(line, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private List<String> labels(JsonNode json) {
        JsonNode labels = json.get(BackupFormat.LABELS);
        if (labels == null || !labels.isArray()) {
            throw BackupFileException.at(line, "'labels' must be a list of names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode label : labels.values()) {
            if (!label.isString() || label.stringValue().isEmpty()) {
                throw BackupFileException.at(line, "a label must be a non-empty name");
            }
            names.add(label.stringValue());
        }
        return names;
    }

    private String text(JsonNode json, String field, boolean required) {
        JsonNode value = json.get(field);
        if (value != null && value.isString() && !value.stringValue().isEmpty()) {
            return value.stringValue();
        }
        if (required) {
            throw BackupFileException.at(line, "'" + field + "' must be a non-empty text");
        }
        return null;
    }

    private long count(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw BackupFileException.at(line, "'" + field + "' must be a whole number");
        }
        return value.longValue();
    }
}
