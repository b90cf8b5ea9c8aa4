package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void shouldWriteNumbersTheFrenchAndTheEnglishWay() {
        assertThat(Format.integer(1100, Language.FR)).isEqualTo("1\u00a0100");
        assertThat(Format.integer(1100, Language.EN)).isEqualTo("1,100");
        assertThat(Format.decimal(0.0142, 3, Language.FR)).isEqualTo("0,014");
        assertThat(Format.decimal(-2.5, 2, Language.EN)).isEqualTo("−2.5");
        assertThat(Format.percent(0.5581, Language.FR)).isEqualTo("56\u00a0%");
        assertThat(Format.percent(0.5581, Language.EN)).isEqualTo("56%");
        assertThat(Format.change(26, Language.FR)).isEqualTo("+26");
        assertThat(Format.change(-3, Language.FR)).isEqualTo("−3");
        assertThat(Format.significant(0.000154, 2, Language.EN)).isEqualTo("0.00015");
        assertThat(Format.p(0.0004, Language.FR)).isEqualTo("< 0,001");
        assertThat(Format.plain(2014, Language.FR)).isEqualTo("2014");
        assertThat(Format.plain(1.3, Language.FR)).isEqualTo("1,3");
    }
}
