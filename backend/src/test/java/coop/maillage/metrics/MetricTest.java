package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void shouldDefineEveryMetricCompletely() {
        for (Metric m : Metric.values()) {
            assertThat(m.id()).as(m.name()).matches("[a-z][A-Za-z]*");
            assertThat(m.labelFr()).as(m.name()).isNotBlank();
            assertThat(m.labelEn()).as(m.name()).isNotBlank();
            assertThat(m.formula()).as(m.name()).isNotBlank();
            assertThat(m.normalisation()).as(m.name()).isNotBlank();
            assertThat(m.reference()).as(m.name()).isNotBlank();
            assertThat(m.complexity()).as(m.name()).isNotBlank();
            assertThat(Metric.byId(m.id())).contains(m);
        }
    }

    @Test
    void shouldNameEachResultFieldByItsMetricId() {
        assertThat(fields(GraphMetrics.class)).containsAll(ids(MetricLevel.GRAPH));
        assertThat(fields(NodeMetrics.class)).containsAll(ids(MetricLevel.NODE));
        assertThat(fields(GroupMetrics.class)).containsAll(ids(MetricLevel.GROUP));
    }

    @Test
    void shouldHaveTheIdsThatDesignLists() {
        assertThat(Arrays.stream(Metric.values()).map(Metric::id))
                .contains(
                        "density",
                        "averageClustering",
                        "transitivity",
                        "components",
                        "bridges",
                        "articulationPoints",
                        "degreeCentralization",
                        "betweennessCentralization",
                        "modularity",
                        "eiIndex",
                        "assortativity",
                        "degree",
                        "strength",
                        "betweenness",
                        "closeness",
                        "harmonic",
                        "eigenvector",
                        "pagerank",
                        "clustering",
                        "constraint",
                        "effectiveSize",
                        "totalWeight",
                        "crossGroupShare",
                        "largestComponentShare",
                        "meanDegree",
                        "weightedDensity",
                        "brokerage");
    }

    private static Set<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
    }

    private static Set<String> ids(MetricLevel level) {
        return Arrays.stream(Metric.values())
                .filter(m -> m.level() == level)
                .map(Metric::id)
                .collect(Collectors.toSet());
    }
}
