package coop.maillage.store;

import java.time.LocalDate;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Reads typed, possibly missing properties of a node or relationship. */
public final class Props {

    private Props() {}

    public static String string(MapAccessor entity, String key) {
        return read(entity, key, Value::asString);
    }

    public static LocalDate date(MapAccessor entity, String key) {
        return read(entity, key, Value::asLocalDate);
    }

    public static Integer integer(MapAccessor entity, String key) {
        return read(entity, key, Value::asInt);
    }

    public static Long longValue(MapAccessor entity, String key) {
        return read(entity, key, Value::asLong);
    }

    public static Double decimal(MapAccessor entity, String key) {
        return read(entity, key, Value::asDouble);
    }

    public static Boolean bool(MapAccessor entity, String key) {
        return read(entity, key, Value::asBoolean);
    }

    public static <E extends Enum<E>> E enumValue(MapAccessor entity, String key, Class<E> type) {
        String name = string(entity, key);
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static <T> T read(MapAccessor entity, String key, Function<Value, T> as) {
        Value value = entity.get(key);
        return value == null || value.isNull() ? null : as.apply(value);
    }
}
