package coop.maillage.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A record cannot be deleted: other records still name it by id. Deleting it would leave them
 * naming nothing, so nothing is written; the message says which records, and what to do first.
 */
public class StillReferencedException extends ConflictException {

    private final transient List<Referrers> referrers;

    /**
     * The records of one kind still naming the record.
     *
     * @param kind their kind, plural ("workshops")
     * @param field the field of theirs that names the record
     * @param count how many there are
     * @param firstIds the first of their ids, in id order
     */
    public record Referrers(String kind, String field, long count, List<String> firstIds) {

        String describe() {
            String ids = String.join(", ", firstIds) + (count > firstIds.size() ? ", …" : "");
            return "the "
                    + field
                    + " of "
                    + count
                    + " "
                    + (count == 1 ? singular() : kind)
                    + " ("
                    + ids
                    + ")";
        }

        String singular() {
            return kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
        }
    }

    public StillReferencedException(String entity, String id, List<Referrers> referrers) {
        this(entity, id, referrers, "delete " + entity + " '" + id + "'");
    }

    /** As above, when {@code action} (e.g. "change its kind") is what the referrers prevent. */
    public StillReferencedException(
            String entity, String id, List<Referrers> referrers, String action) {
        super(
                entity
                        + " '"
                        + id
                        + "' is still named in "
                        + referrers.stream()
                                .map(Referrers::describe)
                                .collect(Collectors.joining(" and ")),
                "delete these "
                        + referrers.stream()
                                .map(Referrers::kind)
                                .collect(Collectors.joining(" and "))
                        + " first, or give them another "
                        + referrers.stream()
                                .map(Referrers::field)
                                .distinct()
                                .collect(Collectors.joining(" or "))
                        + ", then "
                        + action);
        this.referrers = List.copyOf(referrers);
    }

    /** The records still naming the deleted one, by kind. */
    public List<Referrers> referrers() {
        return referrers;
    }
}
