package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user's own names for the format's columns, per file: {@code {"projects.csv": {"Intitulé":
 * "name"}}}. A file is named by its name, its sheet's name or its entity's file name, with or
 * without extension; {@code "*"} applies to every file. Headers are compared as {@link
 * Names#normalise} compares them. It is sent as JSON, or as a {@code mapping.csv} (columns {@code
 * file}, {@code column}, {@code field}) inside a zip.
 */
final class ColumnMapping {

    static final ColumnMapping NONE = new ColumnMapping(Map.of());

    /** The file name that holds a mapping inside a zip. */
    static final String FILE_NAME = "mapping.csv";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Normalised file key → normalised header → the format's column. */
    private final Map<String, Map<String, String>> byFile;

    private ColumnMapping(Map<String, Map<String, String>> byFile) {
        this.byFile = byFile;
    }

    /** A mapping from its JSON text; an exception names what is wrong and the shape expected. */
    static ColumnMapping fromJson(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw invalid("it is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw invalid("it is not a JSON object");
        }
        Map<String, Map<String, String>> byFile = new HashMap<>();
        for (Map.Entry<String, JsonNode> file : root.properties()) {
            if (!file.getValue().isObject()) {
                throw invalid("the value of \"" + file.getKey() + "\" is not an object");
            }
            for (Map.Entry<String, JsonNode> column : file.getValue().properties()) {
                if (!column.getValue().isString()) {
                    throw invalid("the value of \"" + column.getKey() + "\" is not a column name");
                }
                put(byFile, file.getKey(), column.getKey(), column.getValue().asString());
            }
        }
        return new ColumnMapping(byFile);
    }

    /** A mapping read from a {@code mapping.csv}: one row per file and column. */
    static ColumnMapping fromCsv(InputStream in, String file, Problems problems)
            throws IOException {
        Map<String, Map<String, String>> byFile = new HashMap<>();
        Place place = new Place(file, null);
        try (CsvTable.Cursor rows = CsvTable.open(in)) {
            List<String> header = rows.header().stream().map(Names::normalise).toList();
            int fileColumn = indexOf(header, "file", "fichier", "feuille");
            int userColumn = indexOf(header, "column", "colonne", "entete");
            int fieldColumn = indexOf(header, "field", "champ");
            if (fileColumn < 0 || userColumn < 0 || fieldColumn < 0) {
                problems.add(
                        ImportProblem.at(
                                place,
                                1,
                                null,
                                null,
                                "a mapping needs the columns file, column and field"));
                return NONE;
            }
            for (SourceRow row = rows.next(); row != null; row = rows.next()) {
                put(byFile, row.cell(fileColumn), row.cell(userColumn), row.cell(fieldColumn));
            }
        } catch (TableException e) {
            problems.add(ImportProblem.at(place, e.line(), null, null, e.getMessage()));
        }
        return new ColumnMapping(byFile);
    }

    /** This mapping with {@code other}'s entries added (they win). */
    ColumnMapping and(ColumnMapping other) {
        Map<String, Map<String, String>> merged = new HashMap<>(byFile);
        other.byFile.forEach(
                (file, columns) ->
                        merged.merge(
                                file,
                                columns,
                                (a, b) -> {
                                    Map<String, String> both = new HashMap<>(a);
                                    both.putAll(b);
                                    return both;
                                }));
        return new ColumnMapping(merged);
    }

    /** The column the user maps {@code header} of a file or sheet to, or null. */
    String column(Place place, CsvFile entity, String header) {
        String key = Names.normalise(header);
        List<String> files = new java.util.ArrayList<>();
        if (place.sheet() != null) {
            files.add(fileKey(place.sheet()));
        }
        files.addAll(List.of(fileKey(place.file()), fileKey(entity.fileName()), ""));
        for (String file : files) {
            String column = byFile.getOrDefault(file, Map.of()).get(key);
            if (column != null) {
                return column;
            }
        }
        return null;
    }

    private static void put(
            Map<String, Map<String, String>> byFile, String file, String header, String column) {
        byFile.computeIfAbsent(fileKey(file), f -> new HashMap<>())
                .put(Names.normalise(header), column.strip());
    }

    /** A file's key: its normalised name without folder or extension; "" for "*" or none. */
    private static String fileKey(String name) {
        if (name == null || name.strip().equals("*")) {
            return "";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return Names.normalise(dot > 0 ? base.substring(0, dot) : base);
    }

    private static int indexOf(List<String> header, String... names) {
        for (String name : names) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException(
                "the column mapping cannot be read: "
                        + why
                        + "; send {\"projects.csv\": {\"Intitulé\": \"name\"}}");
    }
}
