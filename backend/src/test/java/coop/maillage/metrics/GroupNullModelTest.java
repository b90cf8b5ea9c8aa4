package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GroupNullModelTest {

    @Test
    void shouldGiveTheSameNullModelForTheSameSeedAndAnotherForAnother() {
        MetricFixture f = MetricFixture.load("karate");
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withPermutations(200);
        GroupMetrics first = NetworkAnalyser.analyse(f.graph(), f.groups(), options).groups();
        GroupMetrics again = NetworkAnalyser.analyse(f.graph(), f.groups(), options).groups();
        GroupMetrics other =
                NetworkAnalyser.analyse(f.graph(), f.groups(), options.withSeed(7)).groups();
        assertThat(again).isEqualTo(first);
        assertThat(other.eiIndexNullModel().expected())
                .isNotEqualTo(first.eiIndexNullModel().expected());
    }

    @Test
    void shouldCentreTheCrossGroupShareOnItsExactExpectation() {
        // under label permutation a tie is internal with probability Σ n_k(n_k−1) / (N(N−1))
        MetricFixture f = MetricFixture.load("karate");
        long hi = f.groups().values().stream().filter("Mr. Hi"::equals).count();
        long officer = 34 - hi;
        double internal = (hi * (hi - 1) + officer * (officer - 1)) / (34.0 * 33);
        GroupMetrics g =
                NetworkAnalyser.analyse(
                                f.graph(),
                                f.groups(),
                                AnalysisOptions.DEFAULTS.withPermutations(4000))
                        .groups();
        NullModel cross = g.crossGroupShareNullModel();
        double standardError = cross.standardDeviation() / Math.sqrt(cross.permutations());
        assertThat(cross.expected()).isCloseTo(1 - internal, within(4 * standardError));
        // the split is far from random: 11 of the 78 ties cross it (E-I = (11 − 67)/78)
        assertThat(g.crossGroupShare()).isEqualTo(11 / 78.0, within(1e-12));
        assertThat(cross.zScore()).isLessThan(-5);
        assertThat(cross.pValue()).isEqualTo(1.0 / 4001);
    }

    @Test
    void shouldComputeZAndTwoSidedPValueByTheDocumentedFormulas() {
        // draws 0, 1, 2, 3, 4: mean 2, sd sqrt(2.5); observed 4 is as far as 0 and 4
        NullModel m = PermutationTest.summarise(4, new double[] {0, 1, Double.NaN, 2, 3, 4}, 1L);
        assertThat(m.permutations()).isEqualTo(5);
        assertThat(m.expected()).isEqualTo(2.0);
        assertThat(m.standardDeviation()).isEqualTo(Math.sqrt(2.5), within(1e-12));
        assertThat(m.zScore()).isEqualTo(2 / Math.sqrt(2.5), within(1e-12));
        assertThat(m.pValue()).isEqualTo(3.0 / 6);
    }

    @Test
    void shouldGiveNoZScoreWhenThePermutationsCannotVary() {
        NullModel m = PermutationTest.summarise(1, new double[] {1, 1, 1}, 1L);
        assertThat(m.zScore()).isNull();
        assertThat(m.pValue()).isEqualTo(1.0);
    }
}
