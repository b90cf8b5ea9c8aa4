package coop.maillage.export;

import coop.maillage.privacy.Privacy;
import coop.maillage.seed.CsvFile;
import coop.maillage.seed.FileTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pseudonymises the tables of a dataset export. A natural person's actor row gets its pseudonym as
 * id and name, no commune, its provenance's quote withheld and its extra columns emptied (nobody
 * can tell what they hold). Every reference to the person, in every file, names the pseudonym. A
 * row that references a person (a membership, a participation, an attendance, a collaboration)
 * keeps its facts but gets a pseudonymous id of its own, since ids such as {@code m-<actor id>} are
 * often derived from the person's, and its quote withheld too. Other rows are unchanged. The
 * pseudonyms are those of the network exports and of the API, so all of them can be joined.
 */
final class DatasetMask {

    /** What replaces a quote that may name or describe a natural person. */
    static final String WITHHELD = Privacy.WITHHELD;

    private final PersonMask mask;

    DatasetMask(PersonMask mask) {
        this.mask = mask;
    }

    /** The tables as a pseudonymised export shows them; unchanged when names are shown. */
    List<DatasetTable> apply(List<DatasetTable> tables) {
        if (!mask.pseudonymises()) {
            return tables;
        }
        List<DatasetTable> masked = new ArrayList<>();
        for (DatasetTable table : tables) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : table.rows()) {
                rows.add(row(table, row));
            }
            checkDistinctIds(table.file(), rows);
            masked.add(new DatasetTable(table.file(), table.columns(), rows));
        }
        return masked;
    }

    private Map<String, Object> row(DatasetTable table, Map<String, Object> row) {
        CsvFile file = table.file();
        List<String> references = references(file);
        boolean touchesPerson =
                file == CsvFile.ACTORS
                        ? mask.isPerson((String) row.get("id"))
                        : references.stream().anyMatch(c -> mask.isPerson(text(row.get(c))));
        if (!touchesPerson) {
            return row;
        }
        Map<String, Object> safe = new LinkedHashMap<>(row);
        for (String column : references) {
            if (safe.get(column) instanceof String id) {
                safe.put(column, mask.id(id));
            }
        }
        safe.computeIfPresent("provenance", (k, v) -> withheld(v.toString()));
        for (String column : table.columns()) {
            if (!file.header().contains(column)) {
                safe.remove(column);
            }
        }
        String id = (String) row.get("id");
        if (file == CsvFile.ACTORS) {
            safe.put("id", mask.id(id));
            safe.put("name", mask.id(id));
            safe.remove("commune");
        } else if (id != null) {
            safe.put("id", stem(file) + "-" + mask.pseudonymOf(file.fileName() + "/" + id));
        }
        return safe;
    }

    /** The columns of {@code file} that may name an actor. */
    private static List<String> references(CsvFile file) {
        if (file == CsvFile.FIGURES) {
            return List.of("subject");
        }
        for (FileTarget target : FileTarget.ALL) {
            if (target.file() == file && !target.node()) {
                return List.of(target.start().column(), target.end().column());
            }
        }
        return List.of();
    }

    /** The source of a provenance (a file name, {@code illustrative}) without its quote. */
    static String withheld(String provenance) {
        return Privacy.withheld(provenance);
    }

    private static String stem(CsvFile file) {
        return file.fileName().substring(0, file.fileName().indexOf('.'));
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    private static void checkDistinctIds(CsvFile file, List<Map<String, Object>> rows) {
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> row : rows) {
            if (row.get("id") != null && !ids.add(row.get("id"))) {
                throw new PseudonymCollisionException((String) row.get("id"), file.fileName());
            }
        }
    }
}
