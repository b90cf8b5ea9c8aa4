package coop.maillage.importing;

import java.util.List;

/**
 * One row of a file or sheet as written: its line (or sheet row) and its cells, in header order.
 */
record SourceRow(long line, List<String> cells) {

    /** The cell at {@code index}, or "" past the end of a short row. */
    String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
}
