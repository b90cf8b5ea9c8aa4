package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlauIndexTest {

    @Test
    void shouldBeZeroForAOneSectorCollective() {
        assertThat(BlauIndex.of(List.of("ESS", "ESS", "ESS"))).isZero();
        assertThat(BlauIndex.distinct(List.of("ESS", "ESS"))).isEqualTo(1);
    }

    @Test
    void shouldReachOneMinusOneOverKForEqualShares() {
        assertThat(BlauIndex.of(List.of("ESS", "PUBLIC", "ENTREPRISE", "CITOYEN")))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void shouldWeighUnequalShares() {
        // shares 1/2, 1/4, 1/4: 1 − (1/4 + 1/16 + 1/16) = 0.625
        assertThat(BlauIndex.of(List.of("ESS", "ESS", "PUBLIC", "CITOYEN")))
                .isCloseTo(0.625, within(1e-12));
    }

    @Test
    void shouldLeaveOutMissingSectorsAndBeNullWithoutAny() {
        assertThat(BlauIndex.of(Arrays.asList("ESS", null, " ", "PUBLIC")))
                .isCloseTo(0.5, within(1e-12));
        assertThat(BlauIndex.distinct(Arrays.asList("ESS", null, "PUBLIC"))).isEqualTo(2);
        assertThat(BlauIndex.of(Arrays.asList(null, ""))).isNull();
        assertThat(BlauIndex.of(List.of())).isNull();
    }
}
