package coop.maillage.importing;

/**
 * One problem found in an import: where it is and what is expected.
 *
 * @param file the file name as sent (for a zip, the entry's name)
 * @param sheet the sheet of a workbook, or null
 * @param line the line of a CSV or graph file, or the row of a sheet (1 = header); 0 for the file
 *     as a whole
 * @param column the column's header as written in the file (or the attribute's name), or null
 * @param value the value found, or null
 * @param message what is wrong and what is expected
 */
public record ImportProblem(
        String file, String sheet, long line, String column, String value, String message) {

    /** A problem of the file or sheet as a whole. */
    static ImportProblem of(Place place, String message) {
        return new ImportProblem(place.file(), place.sheet(), 0, null, null, message);
    }

    /** A problem at a place, in a column, with the value found. */
    static ImportProblem at(Place place, long line, String column, String value, String message) {
        return new ImportProblem(place.file(), place.sheet(), line, column, value, message);
    }

    /**
     * {@code file[:line[:column]]: 'value': message}, with {@code [sheet]} after a workbook's name,
     * e.g. {@code acteurs.csv:4:Secteur: 'Industrie': not a sector; …}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (sheet != null) {
            text.append('[').append(sheet).append(']');
        }
        if (line > 0) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        } else if (column != null) {
            text.append(", column ").append(column);
        }
        text.append(": ");
        if (value != null) {
            text.append('\'').append(value).append("': ");
        }
        return text.append(message).toString();
    }
}
