package coop.maillage.store;

import java.util.Map;
import java.util.Set;

/**
 * What a list asks for: a page, equality filters on properties, and a case-insensitive text filter
 * on the name.
 *
 * @param page the page number, from 0
 * @param size the page size, 1 to {@link #MAX_SIZE}
 * @param filters property name → value, already converted to the property's type
 * @param text text the name must contain, or null
 * @param textPersons null when names are shown; else the ids of the natural persons the text finds
 *     (by pseudonym): a person's real name must not answer a search by a user who may not see it
 */
public record ListQuery(
        int page, int size, Map<String, Object> filters, String text, Set<String> textPersons) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public ListQuery {
        filters = Map.copyOf(filters);
        textPersons = textPersons == null ? null : Set.copyOf(textPersons);
    }

    /** A query whose text searches every name. */
    public ListQuery(int page, int size, Map<String, Object> filters, String text) {
        this(page, size, filters, text, null);
    }

    /** This query with other filters. */
    public ListQuery withFilters(Map<String, Object> other) {
        return new ListQuery(page, size, other, text, textPersons);
    }

    /** This query where the text finds, among natural persons, only {@code persons}. */
    public ListQuery withTextPersons(Set<String> persons) {
        return new ListQuery(page, size, filters, text, persons);
    }

    long skip() {
        return (long) page * size;
    }
}
