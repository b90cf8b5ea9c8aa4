package coop.maillage.cli;

import java.util.function.Function;

/**
 * One named value of a result record, written as a JSON key and as a CSV column: the name is the
 * metric id of {@link coop.maillage.metrics.Metric} where there is one.
 *
 * @param name the JSON key and CSV column name
 * @param value reads the value: a number, a string, or null where undefined
 * @param <T> the record read
 */
record Field<T>(String name, Function<T, Object> value) {

    /** The value of this field in {@code record}. */
    Object of(T record) {
        return value.apply(record);
    }
}
