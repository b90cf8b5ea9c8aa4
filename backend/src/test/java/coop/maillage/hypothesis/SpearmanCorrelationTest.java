package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpearmanCorrelationTest {

    @Test
    void shouldBeUndefinedBelowThreePairs() {
        SpearmanCorrelation.Result result =
                SpearmanCorrelation.of(new double[] {1, 2}, new double[] {2, 1});

        assertThat(result.rho()).isNull();
        assertThat(result.pValue()).isNull();
        assertThat(result.positive(0.05)).isFalse();
    }

    @Test
    void shouldBeUndefinedWhenOneVariableIsAllTies() {
        SpearmanCorrelation.Result result =
                SpearmanCorrelation.of(new double[] {1, 2, 3, 4, 5}, new double[] {3, 3, 3, 3, 3});

        assertThat(result.rho()).isNull();
        assertThat(result.negative(0.05)).isFalse();
    }

    @Test
    void shouldGiveOneAndPZeroForAPerfectlyMonotoneRelation() {
        SpearmanCorrelation.Result result =
                SpearmanCorrelation.of(
                        new double[] {1, 2, 3, 4, 5}, new double[] {1, 4, 9, 16, 25});

        assertThat(result.rho()).isEqualTo(1.0);
        assertThat(result.pValue()).isZero();
    }

    @Test
    void shouldMatchTheClassicFormulaWithoutTies() {
        // ranks x = 1..5, y = 2 1 4 3 5: Σd² = 1+1+1+1+0 = 4, ρ = 1 − 6·4/(5·24) = 0.8;
        // t = 0.8·√(3/0.36) = 2.3094 with 3 df → p = 0.1041
        SpearmanCorrelation.Result result =
                SpearmanCorrelation.of(
                        new double[] {1, 2, 3, 4, 5}, new double[] {20, 10, 40, 30, 50});

        assertThat(result.rho()).isCloseTo(0.8, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.1041, within(1e-4));
    }

    @Test
    void shouldUseAverageRanksForTies() {
        // x ranks 1 2 3 4, y = [1, 2, 2, 3] ranks 1 2.5 2.5 4: Pearson of the ranks
        // mean 2.5; dx = -1.5 -.5 .5 1.5; dy = -1.5 0 0 1.5 → Σdxdy = 4.5, Σdx² = 5, Σdy² = 4.5
        // ρ = 4.5/√(22.5) = 0.9487
        SpearmanCorrelation.Result result =
                SpearmanCorrelation.of(new double[] {1, 2, 3, 4}, new double[] {1, 2, 2, 3});

        assertThat(result.rho()).isCloseTo(4.5 / Math.sqrt(22.5), within(1e-12));
    }

    @Test
    void shouldRankTiesAtTheirMeanRank() {
        assertThat(Ranks.average(new double[] {10, 20, 20, 30})).containsExactly(1, 2.5, 2.5, 4);
        assertThat(Ranks.average(new double[] {5, 5, 5})).containsExactly(2, 2, 2);
    }

    @Test
    void shouldRefuseSeriesOfDifferentLengths() {
        assertThatThrownBy(() -> SpearmanCorrelation.of(new double[] {1, 2, 3}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 x values but 1 y values");
    }
}
