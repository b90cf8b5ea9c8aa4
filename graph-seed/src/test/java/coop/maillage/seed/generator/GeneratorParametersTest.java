package coop.maillage.seed.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorParametersTest {

    private static final GeneratorParameters DEFAULTS = GeneratorParameters.defaults();

    @Test
    void shouldOfferValidDefaults() {
        assertThat(DEFAULTS.actors()).isEqualTo(500);
        assertThat(DEFAULTS.years()).isEqualTo(10);
        assertThat(DEFAULTS.sectorWeights()).containsOnlyKeys(Sector.values());
        assertThat(
                        DEFAULTS.sectorWeights().values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void shouldAcceptTheEndsOfEachRange() {
        assertThat(DEFAULTS.withActors(200).actors()).isEqualTo(200);
        assertThat(DEFAULTS.withActors(100_000).actors()).isEqualTo(100_000);
        assertThat(DEFAULTS.withYears(2020, 2020).years()).isEqualTo(1);
        assertThat(DEFAULTS.withRates(0, 1).dissolutionRate()).isEqualTo(1);
        assertThat(DEFAULTS.withCrossSectorTrend(-0.2).crossSectorTrend()).isEqualTo(-0.2);
        assertThat(DEFAULTS.withPersonShare(0).personShare()).isZero();
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                bad(
                        "actors (--actors) must be between 200 and 100000, got 199",
                        () -> DEFAULTS.withActors(199)),
                bad(
                        "actors (--actors) must be between 200 and 100000, got 100001",
                        () -> DEFAULTS.withActors(100_001)),
                bad(
                        "firstYear (--from-year) must be between 1950 and 2100, got 1949",
                        () -> DEFAULTS.withYears(1949, 1960)),
                bad(
                        "lastYear (--to-year) must be between 2015 and 2064, got 2014",
                        () -> DEFAULTS.withYears(2015, 2014)),
                bad(
                        "lastYear (--to-year) must be between 2015 and 2064, got 2070",
                        () -> DEFAULTS.withYears(2015, 2070)),
                bad(
                        "projectsPerYear (--projects-per-year) must be between 0 and 5000, got -1",
                        () -> DEFAULTS.withProjectsPerYear(-1)),
                bad(
                        "formationRate (--formation) must be between 0.0 and 5.0, got 5.5",
                        () -> DEFAULTS.withRates(5.5, 0.1)),
                bad(
                        "dissolutionRate (--dissolution) must be between 0.0 and 1.0, got 1.5",
                        () -> DEFAULTS.withRates(0.3, 1.5)),
                bad(
                        "dissolutionRate (--dissolution) must be between 0.0 and 1.0, got NaN",
                        () -> DEFAULTS.withRates(0.3, Double.NaN)),
                bad(
                        "crossSectorTrend (--cross-trend) must be between -0.2 and 0.2, got 0.3",
                        () -> DEFAULTS.withCrossSectorTrend(0.3)),
                bad(
                        "personShare (--persons) must be between 0.0 and 0.9, got 0.95",
                        () -> DEFAULTS.withPersonShare(0.95)));
    }

    private static Arguments bad(String message, Supplier<GeneratorParameters> build) {
        return Arguments.of(message, build);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void shouldRejectValuesOutOfRangeNamingTheParameterAndTheRange(
            String message, Supplier<GeneratorParameters> build) {
        assertThatIllegalArgumentException().isThrownBy(build::get).withMessage(message);
    }

    @Test
    void shouldRejectNegativeOrAllZeroSectorWeights() {
        Map<Sector, Double> negative = new EnumMap<>(Sector.class);
        negative.put(Sector.ESS, -1.0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DEFAULTS.withSectorWeights(negative))
                .withMessageContaining("sectorWeights")
                .withMessageContaining("ESS")
                .withMessageContaining(">= 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DEFAULTS.withSectorWeights(Map.of(Sector.ESS, 0.0)))
                .withMessage("sectorWeights: at least one sector must have a weight > 0");
    }

    @Test
    void shouldTreatAMissingSectorAsWeightZero() {
        GeneratorParameters onlyCompanies =
                DEFAULTS.withSectorWeights(Map.of(Sector.ENTREPRISE, 1.0));

        assertThat(onlyCompanies.sectorWeights())
                .containsEntry(Sector.ENTREPRISE, 1.0)
                .containsEntry(Sector.ESS, 0.0)
                .hasSize(6);
    }
}
