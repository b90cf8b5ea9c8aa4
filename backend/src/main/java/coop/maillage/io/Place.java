package coop.maillage.io;

/**
 * Where something was read: a file name as the user knows it and a line (0 when unknown).
 *
 * @param file the file name
 * @param line the line, from 1, or 0
 */
record Place(String file, int line) {

    /** An error at this place. */
    GraphFileException error(String problem, String fix) {
        return new GraphFileException(file, line, problem, fix);
    }
}
