package coop.maillage.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import tools.jackson.databind.JsonNode;

class PropertyCodecTest {

    @Test
    void shouldTagEveryValueWithItsTypeInKeyOrder() {
        Map<String, Value> properties =
                Map.of(
                        "name", Values.value("Biocoop"),
                        "jobs", Values.value(3L),
                        "from", Values.value(LocalDate.of(2019, 3, 1)),
                        "years", Values.value(List.of(2018L, 2019L)),
                        "ratio", Values.value(Double.NaN),
                        "none", Values.value(List.of()));

        assertThat(PropertyCodec.encode(properties, "node x").toString())
                .isEqualTo(
                        "{\"from\":{\"date\":\"2019-03-01\"},\"jobs\":{\"long\":3},"
                                + "\"name\":{\"string\":\"Biocoop\"},\"none\":{\"list\":[]},"
                                + "\"ratio\":{\"double\":\"NaN\"},"
                                + "\"years\":{\"long[]\":[2018,2019]}}");
    }

    @Test
    void shouldReadBackTheDriverValues() {
        JsonNode json =
                json(
                        "{\"from\":{\"date\":\"2019-03-01\"},\"big\":{\"long\":9007199254740993},"
                                + "\"w\":{\"double[]\":[0.1,\"-Infinity\"]}}");

        Map<String, Object> values = PropertyCodec.decode(json, 7);

        assertThat(values.get("from")).isEqualTo(Values.value(LocalDate.of(2019, 3, 1)));
        assertThat(values.get("big")).isEqualTo(Values.value(9_007_199_254_740_993L));
        assertThat(values.get("w")).isEqualTo(Values.value(0.1, Double.NEGATIVE_INFINITY));
    }

    @Test
    void shouldNameTheLineAndPropertyOfABadDate() {
        assertThatThrownBy(
                        () ->
                                PropertyCodec.decode(
                                        json("{\"from\":{\"date\":\"2019-13-01\"}}"), 12))
                .isInstanceOf(BackupFileException.class)
                .hasMessageStartingWith("line 12: property 'from' (date): ")
                .hasMessageContaining("2019-13-01");
    }

    @Test
    void shouldRefuseAWholeNumberWrittenAsText() {
        assertThatThrownBy(() -> PropertyCodec.decode(json("{\"jobs\":{\"long\":\"3\"}}"), 2))
                .isInstanceOf(BackupFileException.class)
                .hasMessageStartingWith("line 2: property 'jobs' (long): expected a whole number");
    }

    @Test
    void shouldRefuseAValueWithoutItsType() {
        assertThatThrownBy(() -> PropertyCodec.decode(json("{\"jobs\":3}"), 4))
                .isInstanceOf(BackupFileException.class)
                .hasMessageStartingWith(
                        "line 4: property 'jobs' must be an object of one entry, its type");
    }

    private static JsonNode json(String text) {
        return BackupFormat.JSON.readTree(text);
    }
}
