package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import org.junit.jupiter.api.Test;

/** The Clus'Ter Jura seed answers every hypothesis, the same way every time. */
class SeedHypothesesTest {

    static final YearRange SEED_YEARS = new YearRange(2010, 2025);

    @Test
    void shouldReadTheSeedIntoATemporalNetwork() {
        TemporalNetwork seed = SeedNetworks.clusterJura();

        assertThat(seed.poleId()).isEqualTo("clusterjura");
        assertThat(seed.nodes().stream().filter(n -> n.mode() == NodeMode.ACTOR)).hasSize(214);
        assertThat(seed.nodes().stream().filter(n -> n.mode() == NodeMode.PROJECT)).hasSize(61);
        assertThat(seed.nodes().stream().filter(n -> n.attribute("facilitators") != null))
                .allSatisfy(n -> assertThat(n.attribute("facilitators")).contains("clusterjura"));
    }

    @Test
    void shouldAnswerEveryHypothesisOnTheSeedDeterministically() {
        TemporalNetwork seed = SeedNetworks.clusterJura();
        HypothesisQuery query = HypothesisQuery.of(SEED_YEARS);

        HypothesisReport first = Hypotheses.answer(seed, query);
        HypothesisReport second = Hypotheses.answer(SeedNetworks.clusterJura(), query);

        assertThat(first.answers())
                .extracting(HypothesisAnswer::id)
                .containsExactly("H1", "H2", "H3", "H4", "PROJECTS");
        assertThat(first.timeline()).hasSize(16);
        assertThat(first.answers())
                .allSatisfy(
                        answer -> {
                            assertThat(answer.verdict()).isNotNull();
                            assertThat(answer.sentenceFr()).isNotBlank();
                            assertThat(answer.sentenceEn()).isNotBlank();
                            assertThat(answer.rule()).isNotBlank();
                            assertThat(answer.figures()).isNotEmpty();
                        });
        assertThat(second).isEqualTo(first);
    }
}
