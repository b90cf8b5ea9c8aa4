package coop.maillage.seed;

/**
 * One problem in a dataset: where it is and what to do.
 *
 * @param file the file name
 * @param line the line number (1 = header), or 0 for the file as a whole
 * @param column the column, or null
 * @param message what is wrong and what is expected
 */
public record DatasetProblem(String file, long line, String column, String message) {

    @Override
    public String toString() {
        return file
                + (line > 0 ? " line " + line : "")
                + (column != null ? ", column " + column : "")
                + ": "
                + message;
    }
}
