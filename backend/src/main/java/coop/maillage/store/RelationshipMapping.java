package coop.maillage.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Relationship;

/**
 * How one kind of record is stored as a relationship between two nodes: its type, the labels its
 * ends may carry, the fields that name its ends, and its properties.
 */
public interface RelationshipMapping<T extends Versioned> {

    /** The relationship type. */
    String type();

    /** The record's name in messages. */
    String entity();

    /** The start end: the field naming it and the labels it may carry. */
    End<T> start();

    /** The end end: the field naming it and the labels it may carry. */
    End<T> end();

    /** The record's properties, without {@code id} and {@code version}; null values are absent. */
    Map<String, Object> properties(T record);

    /** The record read back from its relationship and the ids of its ends. */
    T fromRelationship(Relationship relationship, String startId, String endId);

    /** The properties a list may filter on, each with its value parser. */
    Map<String, Function<String, Object>> filters();

    /**
     * The record with another provenance: records that may touch a natural person implement it, so
     * that the quote of their provenance can be withheld from users who may not see names.
     */
    default T withProvenance(T record, String provenance) {
        throw new UnsupportedOperationException(entity() + " records do not name actors");
    }

    /**
     * One end of the relationship: the field naming it, the labels it may carry and, when not null,
     * the {@code kind} it must have (a membership's pole is an actor of kind POLE).
     */
    record End<T>(String field, List<String> labels, Function<T, String> id, String kind) {

        public End(String field, List<String> labels, Function<T, String> id) {
            this(field, labels, id, null);
        }

        /** A Cypher predicate that {@code variable} carries one of the labels (and the kind). */
        String labelPredicate(String variable) {
            String labelled =
                    "("
                            + String.join(
                                    " OR ",
                                    labels.stream().map(label -> variable + ":" + label).toList())
                            + ")";
            return kind == null
                    ? labelled
                    : labelled + " AND " + variable + ".kind = '" + kind + "'";
        }

        /** The labels as words for messages: "event or workshop", "actor of kind POLE". */
        String describe() {
            return String.join(" or ", labels.stream().map(String::toLowerCase).toList())
                    + (kind == null ? "" : " of kind " + kind);
        }
    }
}
