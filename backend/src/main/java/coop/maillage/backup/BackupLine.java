package coop.maillage.backup;

import java.util.List;
import java.util.Map;

/** A line of a backup file after the header, read and checked. */
sealed interface BackupLine {

    /** The line's number in the file, 1 being the header. */
    int line();

    /** A node: its key in the file, its labels and its properties as driver values. */
    record Node(int line, String key, List<String> labels, Map<String, Object> properties)
            implements BackupLine {}

    /** A relationship between the nodes of two keys. */
    record Relationship(
            int line, String type, String start, String end, Map<String, Object> properties)
            implements BackupLine {}

    /** The last line, with the counts the file must hold. */
    record End(int line, long nodes, long relationships) implements BackupLine {}
}
