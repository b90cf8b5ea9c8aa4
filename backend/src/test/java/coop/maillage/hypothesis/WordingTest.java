package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void shouldWriteNumbersTheFrenchAndTheEnglishWay() {
        assertThat(Wording.number(0.01234, true)).isEqualTo("0,012");
        assertThat(Wording.number(0.01234, false)).isEqualTo("0.012");
        assertThat(Wording.number(12.345, true)).isEqualTo("12,35");
        assertThat(Wording.number(0.4, false)).isEqualTo("0.4");
        assertThat(Wording.percent(0.4399, true)).isEqualTo("44 %");
        assertThat(Wording.percent(0.4399, false)).isEqualTo("44%");
    }

    @Test
    void shouldNeverRoundAPValueAcrossTheSignificanceLevel() {
        assertThat(Wording.p(0.0496, false)).isEqualTo("p = 0.0496");
        assertThat(Wording.p(0.0504, true)).isEqualTo("p = 0,05");
        assertThat(Wording.p(0.2057, true)).isEqualTo("p = 0,21");
        assertThat(Wording.p(0.0034, false)).isEqualTo("p = 0.003");
        assertThat(Wording.p(0.0002, true)).isEqualTo("p < 0,001");
    }
}
