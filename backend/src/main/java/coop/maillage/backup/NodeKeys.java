package coop.maillage.backup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The key that names a node within one backup file, for the relationship lines to refer to. A node
 * with a text {@code id} is named by its sorted labels and that id ({@code Actor/pole}): the name
 * does not depend on the database, so two backups of the same data are byte-identical, even across
 * a restore. A node without a text id, or sharing its labels and id with another node, is named by
 * its element id ({@code @4:…:17}), which holds within the file only.
 */
final class NodeKeys {

    static final String ELEMENT_PREFIX = "@";

    /** The (labels, id) pairs that more than one node has. */
    private final Set<List<Object>> shared;

    private final Set<String> written = new HashSet<>();

    NodeKeys(Set<List<Object>> shared) {
        this.shared = shared;
    }

    /**
     * The key of a node, from its sorted labels, its {@code id} (any type, or null) and element id.
     */
    String key(List<String> labels, Object id, String elementId) {
        if (id instanceof String text && !shared.contains(List.of(labels, text))) {
            return String.join(":", labels) + "/" + text;
        }
        return ELEMENT_PREFIX + elementId;
    }

    /** Records that the node of this key was written, which no other node may have been. */
    void written(String key) {
        if (!written.add(key)) {
            throw new BackupException(
                    "Two nodes have the key '"
                            + key
                            + "' (labels holding ':' or '/' can make the keys of different"
                            + " nodes equal); rename one of the labels and back up again");
        }
    }

    /** Whether the node of this key was written. */
    boolean isWritten(String key) {
        return written.contains(key);
    }
}
