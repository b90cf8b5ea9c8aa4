package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each column of a file or sheet is: a column of the data format (named as the user's mapping
 * says, else by its name or an alias, {@link ColumnAliases}), or an attribute of the user's own,
 * kept under {@link #EXTRA} and the header as written. The header is checked: no two columns for
 * one field, every required column present.
 */
final class Layout {

    /**
     * The prefix of the properties that keep the user's own columns: no column of the data format
     * has a dot, so {@code extra.Téléphone} cannot collide with one.
     */
    static final String EXTRA = "extra.";

    /** The columns a file must have: the id, the references and what a record cannot lack. */
    static final Map<CsvFile, List<String>> REQUIRED = new EnumMap<>(CsvFile.class);

    static {
        REQUIRED.put(CsvFile.TERRITORIES, List.of("id", "name"));
        REQUIRED.put(CsvFile.COLLEGES, List.of("id", "name"));
        REQUIRED.put(CsvFile.ACTORS, List.of("id", "name", "kind", "sector"));
        REQUIRED.put(CsvFile.PROJECTS, List.of("id", "name"));
        REQUIRED.put(CsvFile.EVENTS, List.of("id", "name", "type"));
        REQUIRED.put(CsvFile.WORKSHOPS, List.of("id", "name", "event"));
        REQUIRED.put(CsvFile.MEMBERSHIPS, List.of("id", "actor", "pole"));
        REQUIRED.put(CsvFile.PARTICIPATIONS, List.of("id", "actor", "project", "role"));
        REQUIRED.put(CsvFile.ATTENDANCES, List.of("id", "actor", "target"));
        REQUIRED.put(CsvFile.COLLABORATIONS, List.of("id", "source", "target", "kind"));
        REQUIRED.put(CsvFile.EMERGENCES, List.of("id", "project", "origin"));
        REQUIRED.put(CsvFile.DUPLICATIONS, List.of("id", "project", "territory"));
        REQUIRED.put(CsvFile.FIGURES, List.of("id", "subject", "metric"));
    }

    private final List<String> header;
    private final List<String> fields;
    private final Map<String, Integer> indexOf;

    private Layout(List<String> header, List<String> fields) {
        this.header = header;
        this.fields = fields;
        this.indexOf = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) != null) {
                indexOf.put(fields.get(i), i);
            }
        }
    }

    /** The layout of a header; its problems are added to {@code problems}. */
    static Layout of(
            Place place,
            CsvFile entity,
            List<String> header,
            ColumnMapping mapping,
            Problems problems) {
        List<String> fields = new ArrayList<>(Collections.nCopies(header.size(), null));
        Map<String, String> taken = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i) == null ? "" : header.get(i).strip();
            if (written.isEmpty()) {
                continue;
            }
            String field = field(place, entity, written, mapping, problems);
            if (field == null) {
                continue;
            }
            String before = taken.putIfAbsent(field, written);
            if (before != null) {
                problems.add(
                        ImportProblem.at(
                                place,
                                1,
                                written,
                                null,
                                "this column and '"
                                        + before
                                        + "' both give "
                                        + field
                                        + "; remove or rename one of them"));
                continue;
            }
            fields.set(i, field);
        }
        checkRequired(place, entity, taken.keySet(), problems);
        return new Layout(List.copyOf(header), Collections.unmodifiableList(fields));
    }

    private static void checkRequired(
            Place place, CsvFile entity, java.util.Set<String> given, Problems problems) {
        for (String required : REQUIRED.get(entity)) {
            if (!given.contains(required)) {
                problems.add(
                        ImportProblem.at(
                                place,
                                1,
                                required,
                                null,
                                "missing column; "
                                        + entity.fileName()
                                        + " needs the columns "
                                        + REQUIRED.get(entity)
                                        + " (docs/data-format.md lists their French names)"));
            }
        }
    }

    private static String field(
            Place place, CsvFile entity, String written, ColumnMapping mapping, Problems problems) {
        String mapped = mapping.column(place, entity, written);
        if (mapped != null) {
            if (!entity.header().contains(mapped)) {
                problems.add(
                        ImportProblem.at(
                                place,
                                1,
                                written,
                                mapped,
                                "the column mapping names a field that "
                                        + entity.fileName()
                                        + " does not have; expected one of "
                                        + entity.header()));
                return null;
            }
            return mapped;
        }
        String column = ColumnAliases.column(entity, written);
        if (column != null) {
            return column;
        }
        // an export writes the kept columns under their property names: read them back as such
        return written.startsWith(EXTRA) ? written : EXTRA + written;
    }

    /** The number of columns of the header. */
    int width() {
        return header.size();
    }

    /** The header of column {@code index} as written. */
    String header(int index) {
        return header.get(index);
    }

    /** The field of column {@code index}: a format column, an {@link #EXTRA} one, or null. */
    String field(int index) {
        return index < fields.size() ? fields.get(index) : null;
    }

    /** Whether the file gives the field. */
    boolean has(String field) {
        return indexOf.containsKey(field);
    }

    /** The header, as written, of the column that gives {@code field}; the field if none does. */
    String headerOf(String field) {
        Integer index = indexOf.get(field);
        return index == null ? field : header.get(index);
    }
}
