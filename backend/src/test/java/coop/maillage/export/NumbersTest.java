package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void shouldWriteWholeNumbersWithoutAPointAndOthersInFull() {
        assertThat(Numbers.text(2.0)).isEqualTo("2");
        assertThat(Numbers.text(-0.0)).isEqualTo("0");
        assertThat(Numbers.text(0.25)).isEqualTo("0.25");
        assertThat(Numbers.text(1e-5)).isEqualTo("1.0E-5");
        assertThat(Double.parseDouble(Numbers.text(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
        assertThat(Numbers.text(1e20)).isEqualTo("1.0E20");
    }

    @Test
    void shouldWriteNothingForWhatNoFormatHolds() {
        assertThat(Numbers.text(Double.NaN)).isNull();
        assertThat(Numbers.text(Double.POSITIVE_INFINITY)).isNull();
        assertThat(Numbers.text((Double) null)).isNull();
    }

    @Test
    void shouldDropOnlyTheCharactersXmlCannotHold() {
        assertThat(XmlOutput.clean("a\u0000b\u0008c\td\ne\rf")).isEqualTo("abc\td\ne\rf");
        assertThat(XmlOutput.clean("\uD83C\uDF3F ok")).isEqualTo("\uD83C\uDF3F ok");
        assertThat(XmlOutput.clean("lone \uD83C and \uDF3F")).isEqualTo("lone  and ");
        assertThat(XmlOutput.clean("\uFFFE\uFFFF<&>")).isEqualTo("<&>");
    }
}
