package coop.maillage.importing;

import coop.maillage.actor.ActorKind;
import coop.maillage.seed.ColumnType;
import coop.maillage.seed.CsvFile;
import coop.maillage.seed.FileTarget;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the rows of one file or sheet into the typed values of the data format ({@link Cells},
 * {@link Vocabularies}), checking each value: its type, its vocabulary, its range, that an id is
 * well formed, that {@code to} is not before {@code from}, and that an actor's {@code person} flag
 * agrees with its kind (it follows the kind when not given). Every problem names the row, the
 * column as written and the value.
 */
final class RowTyper {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private static final Set<String> NOT_NEGATIVE = Set.of("jobs", "participants", "shares");
    private static final Set<String> SCORES =
            Set.of(
                    "scoreOwnership",
                    "scoreAnchoring",
                    "scoreHybrid",
                    "scoreResilience",
                    "scoreTotal");

    private final Place place;
    private final CsvFile entity;
    private final Layout layout;
    private final Problems problems;
    private final Set<String> withheld = new java.util.LinkedHashSet<>();

    RowTyper(Place place, CsvFile entity, Layout layout, Problems problems) {
        this.place = place;
        this.entity = entity;
        this.layout = layout;
        this.problems = problems;
    }

    /**
     * The row's values by field (null for an empty cell); a value with a problem is left out. A
     * blank row gives null.
     */
    Map<String, Object> read(SourceRow row) {
        if (row.cells().stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            String field = layout.field(i);
            if (field == null) {
                if (!cell.isBlank() && (i >= layout.width() || layout.header(i).isBlank())) {
                    problem(
                            row,
                            i >= layout.width() ? "column " + (i + 1) : "",
                            cell,
                            "a value in a column without a header; give the column a header");
                }
                continue;
            }
            if (cell.isBlank()) {
                values.put(field, null);
                continue;
            }
            try {
                values.put(field, value(field, cell));
            } catch (IllegalArgumentException e) {
                problem(row, layout.header(i), cell, e.getMessage());
            }
        }
        checkRequired(row, values);
        checkDates(row, values);
        if (entity == CsvFile.ACTORS) {
            checkPerson(row, values);
            withholdExtras(values);
        }
        return values;
    }

    /**
     * The headers, as written, of the user's own columns left out of persons' rows so far: data
     * minimisation, a person's phone number or address is data Maillage does not need.
     */
    Set<String> withheld() {
        return withheld;
    }

    private void withholdExtras(Map<String, Object> values) {
        if (!Boolean.TRUE.equals(values.get("person"))) {
            return;
        }
        values.entrySet()
                .removeIf(
                        e -> {
                            if (!e.getKey().startsWith(Layout.EXTRA)) {
                                return false;
                            }
                            if (e.getValue() != null) {
                                withheld.add(layout.headerOf(e.getKey()));
                            }
                            return true;
                        });
    }

    private Object value(String field, String cell) {
        if (field.startsWith(Layout.EXTRA)) {
            return cell.strip();
        }
        if (field.equals("id") || isReference(field)) {
            String id = cell.strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "not an id; write at most 100 letters, digits and . _ : - (no spaces)");
            }
            return id;
        }
        Vocabularies.Vocabulary vocabulary = Vocabularies.of(entity, field);
        if (vocabulary != null) {
            return vocabulary.canonical(cell);
        }
        Object value =
                Cells.parse(FileTarget.COLUMN_TYPES.getOrDefault(field, ColumnType.TEXT), cell);
        checkRange(field, value);
        return value;
    }

    private static void checkRange(String field, Object value) {
        if (NOT_NEGATIVE.contains(field) && ((Long) value) < 0) {
            throw new IllegalArgumentException("negative; expected 0 or more");
        }
        if (field.equals("weight") && ((Double) value) <= 0) {
            throw new IllegalArgumentException("not positive; a weight is more than 0, e.g. 1");
        }
        if (SCORES.contains(field) && (((Double) value) < 0 || ((Double) value) > 100)) {
            throw new IllegalArgumentException("out of range; a score is between 0 and 100");
        }
    }

    /** Whether the field names a record of another file. */
    private boolean isReference(String field) {
        for (FileTarget target : FileTarget.ALL) {
            if (target.file() != entity) {
                continue;
            }
            if (target.node()) {
                return target.links().stream().anyMatch(link -> link.column().equals(field));
            }
            return target.start().column().equals(field) || target.end().column().equals(field);
        }
        return false;
    }

    private void checkRequired(SourceRow row, Map<String, Object> values) {
        for (String field : Layout.REQUIRED.get(entity)) {
            if (layout.has(field) && values.containsKey(field) && values.get(field) == null) {
                problem(row, layout.headerOf(field), null, "empty; every row needs a " + field);
            }
        }
    }

    private void checkDates(SourceRow row, Map<String, Object> values) {
        if (values.get("from") instanceof LocalDate from
                && values.get("to") instanceof LocalDate to
                && to.isBefore(from)) {
            problem(
                    row,
                    layout.headerOf("to"),
                    to.toString(),
                    "before the start (" + from + "); swap the two dates or correct one of them");
        }
    }

    private void checkPerson(SourceRow row, Map<String, Object> values) {
        if (!(values.get("kind") instanceof String kind)) {
            return;
        }
        boolean natural = ActorKind.valueOf(kind).naturalPerson();
        Object person = values.get("person");
        if (person == null) {
            values.put("person", natural);
        } else if (!person.equals(natural)) {
            problem(
                    row,
                    layout.headerOf("person"),
                    String.valueOf(person),
                    "disagrees with the kind "
                            + kind
                            + "; a person is a CITIZEN or an EMPLOYEE, and only they are");
        }
    }

    private void problem(SourceRow row, String column, String value, String message) {
        problems.add(ImportProblem.at(place, row.line(), column, value, message));
    }
}
