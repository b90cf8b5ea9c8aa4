package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TheilSenTest {

    @Test
    void shouldRecoverAnExactLine() {
        TheilSen.Result fit = TheilSen.fit(new double[] {2010, 2011, 2012}, new double[] {1, 3, 5});

        assertThat(fit.slope()).isEqualTo(2.0);
        assertThat(fit.intercept()).isCloseTo(-4019.0, within(1e-9));
    }

    @Test
    void shouldResistAnOutlier() {
        // slopes: (0,1)=1 (0,2)=1 (1,2)=1 (0,3)=33.3 (1,3)=49.5 (2,3)=98;
        // sorted, the middle two are 1 and 33.3, so the median is their mean
        TheilSen.Result fit = TheilSen.fit(new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 100});

        assertThat(fit.slope()).isCloseTo((1 + 100.0 / 3) / 2, within(1e-12));
        // intercept = median(y) − slope · median(x) = 1.5 − 17.1667 · 1.5
        assertThat(fit.intercept()).isCloseTo(1.5 - fit.slope() * 1.5, within(1e-12));
    }

    @Test
    void shouldGiveTheMedianSlopeOfFivePoints() {
        // points (1,1) (2,3) (3,2) (4,5) (5,4): slopes 2, 0.5, 1.333, 0.75, -1, 1, 0.5, 3, 1, -1
        // sorted: -1 -1 .5 .5 .75 1 1 1.333 2 3 → median (0.75 + 1)/2 = 0.875
        TheilSen.Result fit =
                TheilSen.fit(new double[] {1, 2, 3, 4, 5}, new double[] {1, 3, 2, 5, 4});

        assertThat(fit.slope()).isCloseTo(0.875, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(3 - 0.875 * 3, within(1e-12));
    }

    @Test
    void shouldGiveNoSlopeWithoutTwoDistinctX() {
        assertThat(TheilSen.fit(new double[] {2020}, new double[] {1}).slope()).isNull();
        assertThat(TheilSen.fit(new double[] {}, new double[] {}).intercept()).isNull();
        assertThat(TheilSen.fit(new double[] {1, 1}, new double[] {2, 3}).slope()).isNull();
    }

    @Test
    void shouldGiveZeroSlopeForAFlatSeries() {
        TheilSen.Result fit = TheilSen.fit(new double[] {1, 2, 3, 4}, new double[] {7, 7, 7, 7});

        assertThat(fit.slope()).isZero();
        assertThat(fit.intercept()).isEqualTo(7.0);
    }
}
