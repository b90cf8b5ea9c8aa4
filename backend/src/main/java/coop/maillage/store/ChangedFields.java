package coop.maillage.store;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The audit detail of an update: the new version and the names of the fields that changed, never
 * their values (a person's name or commune must not reach the audit trail).
 */
final class ChangedFields {

    /** The prefix of the properties that keep an import's own columns. */
    static final String EXTRA = "extra.";

    private ChangedFields() {}

    /**
     * The fields of {@code after} whose value differs from {@code before}, sorted and
     * comma-separated; values are compared as text, so a stored long equals the same integer.
     */
    static String describe(Map<String, Object> before, Map<String, Object> after) {
        TreeSet<String> changed = new TreeSet<>();
        after.forEach(
                (field, value) -> {
                    if (!Objects.equals(text(before.get(field)), text(value))) {
                        changed.add(field);
                    }
                });
        return String.join(", ", changed);
    }

    /** {@code version 3; changed: commune, name}, and the extra columns removed, if any. */
    static String detail(
            long version, String changed, Map<String, Object> before, Map<String, Object> after) {
        long removed =
                before.keySet().stream()
                        .filter(k -> k.startsWith(EXTRA) && after.containsKey(k))
                        .count();
        return "version "
                + version
                + "; changed: "
                + (changed.isEmpty() ? "nothing" : changed)
                + (removed == 0 ? "" : "; removed " + removed + " extra columns");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
