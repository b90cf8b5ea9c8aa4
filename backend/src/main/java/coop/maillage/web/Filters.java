package coop.maillage.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsers for list filter values, with messages that say what is allowed. */
public final class Filters {

    private Filters() {}

    public static Function<String, Object> text() {
        return value -> value;
    }

    public static Function<String, Object> bool() {
        return value -> {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException("must be true or false, was '" + value + "'");
            }
            return Boolean.parseBoolean(v);
        };
    }

    public static <E extends Enum<E>> Function<String, Object> oneOf(Class<E> type) {
        return value -> {
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "must be one of "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))
                                + ", was '"
                                + value
                                + "'");
            }
        };
    }
}
