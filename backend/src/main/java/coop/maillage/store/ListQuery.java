package coop.maillage.store;

import java.util.Map;

/**
 * What a list asks for: a page, equality filters on properties, and a case-insensitive text filter
 * on the name.
 *
 * @param page the page number, from 0
 * @param size the page size, 1 to {@link #MAX_SIZE}
 * @param filters property name → value, already converted to the property's type
 * @param text text the name must contain, or null
 */
public record ListQuery(int page, int size, Map<String, Object> filters, String text) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public ListQuery {
        filters = Map.copyOf(filters);
    }

    long skip() {
        return (long) page * size;
    }
}
