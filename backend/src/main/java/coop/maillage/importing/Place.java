package coop.maillage.importing;

/**
 * A file, or a sheet of a workbook, as the user knows it.
 *
 * @param file the file name
 * @param sheet the sheet name, or null for a CSV or graph file
 */
record Place(String file, String sheet) {

    /** The file or sheet, for messages. */
    String describe() {
        return sheet == null ? file : file + " (sheet " + sheet + ")";
    }
}
