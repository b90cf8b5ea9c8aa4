package coop.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporalNetworkTest {

    @Test
    void shouldHaveNoYearRangeWhenNothingIsDated() {
        TemporalNetwork network =
                new TemporalNetwork(
                        List.of(new TemporalNode("a", NodeMode.ACTOR, null, null)),
                        List.of(new TemporalTie("a", "a", Layer.COLLABORATIONS, 1, null)),
                        null);

        assertThat(network.yearRange()).isEmpty();
        assertThat(new TemporalNetwork(List.of(), List.of(), null).yearRange()).isEmpty();
    }

    @Test
    void shouldSpanTheFirstAndLastDatedYearOfNodesAndTies() {
        TemporalNetwork network =
                new TemporalNetwork(
                        List.of(
                                new TemporalNode(
                                        "a", NodeMode.ACTOR, null, Interval.ofYears(2017, null)),
                                new TemporalNode(
                                        "p", NodeMode.PROJECT, null, Interval.ofYears(null, 2021))),
                        List.of(
                                new TemporalTie(
                                        "a", "p", Layer.PROJECTS, 1, Interval.ofYears(2015, 2019))),
                        null);

        assertThat(network.yearRange()).contains(new YearRange(2015, 2021));
        assertThat(new YearRange(2015, 2017).years()).containsExactly(2015, 2016, 2017);
    }

    @Test
    void shouldRejectDuplicateNodeIds() {
        List<TemporalNode> nodes =
                List.of(
                        new TemporalNode("a", NodeMode.ACTOR, null, null),
                        new TemporalNode("a", NodeMode.PROJECT, null, null));

        assertThatThrownBy(() -> new TemporalNetwork(nodes, List.of(), null))
                .hasMessageContaining("duplicate node id \"a\"");
    }

    @Test
    void shouldTellWhetherAnIntervalIsActiveInOrStartedByAYear() {
        Interval interval = new Interval(LocalDate.of(2019, 5, 14), LocalDate.of(2021, 2, 1));

        assertThat(interval.activeIn(2018)).isFalse();
        assertThat(interval.activeIn(2019)).isTrue();
        assertThat(interval.activeIn(2021)).isTrue();
        assertThat(interval.activeIn(2022)).isFalse();
        assertThat(interval.startedBy(2018)).isFalse();
        assertThat(interval.startedBy(2019)).isTrue();
        assertThat(interval.startedBy(2030)).isTrue();
        assertThat(Interval.ALWAYS.activeIn(-500)).isTrue();
        assertThat(Interval.ALWAYS.startedBy(-500)).isTrue();
    }

    @Test
    void shouldRejectAnIntervalEndingBeforeItStarts() {
        assertThatThrownBy(() -> Interval.ofYears(2020, 2019))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void shouldRejectNegativeOrNonFiniteWeights() {
        assertThatThrownBy(() -> new TemporalTie("a", "b", Layer.PROJECTS, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemporalTie("a", "b", Layer.PROJECTS, Double.NaN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCopyNodeAttributes() {
        Map<String, String> attributes = new java.util.HashMap<>(Map.of("sector", "ESS"));
        TemporalNode node = new TemporalNode("a", NodeMode.ACTOR, attributes, null);
        attributes.put("sector", "PUBLIC");

        assertThat(node.attribute("sector")).isEqualTo("ESS");
        assertThat(node.interval()).isEqualTo(Interval.ALWAYS);
    }

    @Test
    void shouldNameLayersInLowerCaseAndDefaultToCollaborationsAndProjects() {
        assertThat(Layer.WORKSHOPS.jsonName()).isEqualTo("workshops");
        assertThat(Layer.fromName("Projects")).isEqualTo(Layer.PROJECTS);
        assertThat(Layer.DEFAULTS).containsExactlyInAnyOrder(Layer.COLLABORATIONS, Layer.PROJECTS);
        assertThatThrownBy(() -> Layer.fromName("friends"))
                .hasMessageContaining("collaborations, projects, workshops");
        assertThat(SnapshotQuery.ofYear(2020).layers()).isEqualTo(Set.copyOf(Layer.DEFAULTS));
        assertThatThrownBy(() -> SnapshotQuery.ofYear(2020).withLayers(Set.of()))
                .hasMessageContaining("at least one layer");
    }
}
