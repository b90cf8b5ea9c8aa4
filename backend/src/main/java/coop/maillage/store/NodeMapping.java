package coop.maillage.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Node;

/**
 * How one kind of record is stored as a node: its label, its properties, the filters a list
 * accepts, and the relationships its reference fields stand for.
 */
public interface NodeMapping<T extends Versioned> {

    /** The node label; also the entity's name in messages (lower-cased). */
    String label();

    /** The record's properties, without {@code id} and {@code version}; null values are absent. */
    Map<String, Object> properties(T record);

    /** The record read back from its node. */
    T fromNode(Node node);

    /** The properties a list may filter on, each with its value parser. */
    Map<String, Function<String, Object>> filters();

    /**
     * Whether the node of this record keeps the properties the record does not model (an import's
     * {@code extra.*} columns). Records of natural persons do not: data minimisation.
     */
    default boolean keepsExtras(T record) {
        return true;
    }

    /** Reference fields stored as outgoing relationships as well as properties. */
    default List<Link<T>> links() {
        return List.of();
    }

    /** A reference field that is also an outgoing relationship to the node it names. */
    record Link<T>(String field, String type, String targetLabel, Function<T, String> target) {}
}
