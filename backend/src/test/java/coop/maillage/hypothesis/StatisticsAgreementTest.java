package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mann–Kendall, Theil–Sen and Spearman against an independent implementation: the values in {@code
 * src/test/python/statistics_fixtures.json}, written by {@code make_statistics_fixtures.py} from
 * the textbook formulas and scipy.
 */
class StatisticsAgreementTest {

    private static final Path FIXTURES = Path.of("src/test/python/statistics_fixtures.json");

    @Test
    void shouldAgreeWithTheTextbookMannKendallOnEverySeries() throws IOException {
        JsonNode series = fixtures().get("series");
        assertThat(series.size()).isGreaterThanOrEqualTo(7);
        for (String name : series.propertyNames()) {
            JsonNode entry = series.get(name);
            JsonNode expected = entry.get("mannKendall");
            MannKendall.Result result = MannKendall.test(doubles(entry.get("y")));
            assertThat(result.s()).as(name).isEqualTo(expected.get("s").asLong());
            assertThat(result.variance())
                    .as(name)
                    .isCloseTo(expected.get("variance").asDouble(), within(1e-9));
            assertThat(result.z()).as(name).isCloseTo(expected.get("z").asDouble(), within(1e-9));
            assertThat(result.pValue())
                    .as(name)
                    .isCloseTo(expected.get("p").asDouble(), within(1e-9));
        }
    }

    @Test
    void shouldAgreeWithScipyTheilSlopesOnEverySeries() throws IOException {
        JsonNode series = fixtures().get("series");
        for (String name : series.propertyNames()) {
            JsonNode entry = series.get(name);
            double[] y = doubles(entry.get("y"));
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                x[i] = entry.get("x0").asInt() + i;
            }
            TheilSen.Result fit = TheilSen.fit(x, y);
            JsonNode expected = entry.get("theilSen");
            assertThat(fit.slope())
                    .as(name)
                    .isCloseTo(expected.get("slope").asDouble(), within(1e-9));
            assertThat(fit.intercept())
                    .as(name)
                    .isCloseTo(expected.get("intercept").asDouble(), within(1e-7));
        }
    }

    @Test
    void shouldAgreeWithScipySpearmanrOnEveryPairOfSeries() throws IOException {
        JsonNode pairs = fixtures().get("pairs");
        assertThat(pairs.size()).isGreaterThanOrEqualTo(4);
        for (String name : pairs.propertyNames()) {
            JsonNode entry = pairs.get(name);
            SpearmanCorrelation.Result result =
                    SpearmanCorrelation.of(doubles(entry.get("x")), doubles(entry.get("y")));
            assertThat(result.rho()).as(name).isCloseTo(entry.get("rho").asDouble(), within(1e-12));
            assertThat(result.pValue()).as(name).isCloseTo(entry.get("p").asDouble(), within(1e-9));
        }
    }

    private static JsonNode fixtures() throws IOException {
        if (!Files.exists(FIXTURES)) {
            throw new IllegalStateException(
                    "Missing "
                            + FIXTURES.toAbsolutePath()
                            + ": run backend/src/test/python/make_statistics_fixtures.py");
        }
        return JsonMapper.builder().build().readTree(Files.readString(FIXTURES));
    }

    private static double[] doubles(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asDouble()));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
