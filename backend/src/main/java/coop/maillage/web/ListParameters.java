package coop.maillage.web;

import coop.maillage.store.ListQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns a list request's query parameters into a {@link ListQuery}: {@code page}, {@code size},
 * {@code q} (text in the name) and the entity's filters; anything else is an error naming the
 * parameters that are allowed.
 */
final class ListParameters {

    private static final Set<String> COMMON = Set.of("page", "size", "q");

    private ListParameters() {}

    static ListQuery parse(
            Map<String, String> params,
            Map<String, Function<String, Object>> filters,
            Set<String> extra) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            String name = param.getKey();
            if (COMMON.contains(name) || extra.contains(name)) {
                continue;
            }
            Function<String, Object> parser = filters.get(name);
            if (parser == null) {
                Set<String> allowed = new TreeSet<>(COMMON);
                allowed.addAll(filters.keySet());
                allowed.addAll(extra);
                throw new BadParameterException(
                        name, "unknown parameter; allowed: " + String.join(", ", allowed));
            }
            try {
                values.put(name, parser.apply(param.getValue()));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException(name, e.getMessage());
            }
        }
        int page = integer(params, "page", 0, 0, Integer.MAX_VALUE / ListQuery.MAX_SIZE);
        int size = integer(params, "size", ListQuery.DEFAULT_SIZE, 1, ListQuery.MAX_SIZE);
        String text = params.get("q");
        if (text != null && text.length() > 200) {
            throw new BadParameterException("q", "at most 200 characters");
        }
        return new ListQuery(page, size, values, text == null || text.isBlank() ? null : text);
    }

    private static int integer(
            Map<String, String> params, String name, int fallback, int min, int max) {
        String raw = params.get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new BadParameterException(
                        name, "must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a whole number, was '" + raw + "'");
        }
    }
}
