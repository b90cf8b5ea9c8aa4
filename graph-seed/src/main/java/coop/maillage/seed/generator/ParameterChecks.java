package coop.maillage.seed.generator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The checks of {@link GeneratorParameters}, with messages naming parameter, option and range. */
final class ParameterChecks {

    private ParameterChecks() {}

    static Map<Sector, Double> checkedWeights(Map<Sector, Double> weights) {
        Objects.requireNonNull(weights, "sectorWeights must not be null");
        EnumMap<Sector, Double> copy = new EnumMap<>(Sector.class);
        double total = 0;
        for (Sector sector : Sector.values()) {
            Double weight = weights.getOrDefault(sector, 0.0);
            if (weight == null || !(weight >= 0) || weight.isInfinite()) {
                throw new IllegalArgumentException(
                        "sectorWeights: the weight of "
                                + sector
                                + " must be a finite number >= 0, got "
                                + weight);
            }
            copy.put(sector, weight);
            total += weight;
        }
        if (total <= 0) {
            throw new IllegalArgumentException(
                    "sectorWeights: at least one sector must have a weight > 0");
        }
        return Collections.unmodifiableMap(copy);
    }

    static void checkRange(String name, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw outOfRange(name, option, Long.toString(value), min + " and " + max);
        }
    }

    static void checkRange(String name, String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw outOfRange(name, option, Double.toString(value), min + " and " + max);
        }
    }

    private static IllegalArgumentException outOfRange(
            String name, String option, String value, String range) {
        return new IllegalArgumentException(
                name + " (" + option + ") must be between " + range + ", got " + value);
    }
}
