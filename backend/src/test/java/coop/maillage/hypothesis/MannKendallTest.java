package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannKendallTest {

    @Test
    void shouldSayTooFewBelowFourPoints() {
        MannKendall.Result result = MannKendall.test(new double[] {1, 2, 3});

        assertThat(result.tooFew()).isTrue();
        assertThat(result.s()).isEqualTo(3);
        assertThat(result.pValue()).isNull();
        assertThat(result.z()).isNull();
        assertThat(result.risesSignificantly(0.05)).isFalse();
    }

    @Test
    void shouldSayTooFewWhenEveryValueIsEqual() {
        MannKendall.Result result = MannKendall.test(new double[] {2, 2, 2, 2, 2, 2});

        assertThat(result.s()).isZero();
        assertThat(result.variance()).isZero();
        assertThat(result.tooFew()).isTrue();
    }

    @Test
    void shouldGiveS10AndP00275ForAPerfectlyRisingSeriesOfFive() {
        // S = 10 (all pairs concordant), Var = 5·4·15/18 = 16.667, Z = 9/4.0825 = 2.2045,
        // p = 2(1 − Φ(2.2045)) = 0.0275
        MannKendall.Result result = MannKendall.test(new double[] {1, 2, 3, 4, 5});

        assertThat(result.s()).isEqualTo(10);
        assertThat(result.variance()).isCloseTo(50.0 / 3, within(1e-12));
        assertThat(result.z()).isCloseTo(2.2045, within(1e-4));
        assertThat(result.pValue()).isCloseTo(0.0275, within(1e-4));
        assertThat(result.risesSignificantly(0.05)).isTrue();
    }

    @Test
    void shouldMirrorAPerfectlyFallingSeries() {
        MannKendall.Result result = MannKendall.test(new double[] {5, 4, 3, 2, 1});

        assertThat(result.s()).isEqualTo(-10);
        assertThat(result.z()).isCloseTo(-2.2045, within(1e-4));
        assertThat(result.fallsSignificantly(0.05)).isTrue();
        assertThat(result.risesSignificantly(0.05)).isFalse();
    }

    @Test
    void shouldCorrectTheVarianceForTies() {
        // [1, 1, 2, 2]: S = 4 (the four cross pairs rise, the two tied pairs count 0);
        // Var = (4·3·13 − 2·(2·1·9))/18 = (156 − 36)/18 = 6.667; Z = 3/2.582 = 1.1619
        MannKendall.Result result = MannKendall.test(new double[] {1, 1, 2, 2});

        assertThat(result.s()).isEqualTo(4);
        assertThat(result.variance()).isCloseTo(20.0 / 3, within(1e-12));
        assertThat(result.z()).isCloseTo(3 / Math.sqrt(20.0 / 3), within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.2453, within(1e-4));
    }

    @Test
    void shouldGiveZ0AndP1WhenSIsZero() {
        MannKendall.Result result = MannKendall.test(new double[] {1, 3, 3, 1});

        assertThat(result.s()).isZero();
        assertThat(result.z()).isZero();
        assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void shouldRefuseMissingValues() {
        assertThatThrownBy(() -> MannKendall.test(new double[] {1, Double.NaN, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 1 is NaN");
    }
}
