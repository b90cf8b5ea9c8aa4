package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.seed.ColumnType;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The spreadsheet conventions, each with the value a person means by it. */
class CellsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2,5|2.5",
                "2.5|2.5",
                "-0,75|-0.75",
                "1 234,5|1234.5",
                "1\u00A0234,5|1234.5",
                "1\u202F234,5|1234.5",
                "1'234.5|1234.5",
                "1.234,5|1234.5",
                "1,234.5|1234.5",
                "1,234,567|1234567",
                "12|12",
                " 7,0 |7"
            })
    void shouldReadDecimalsWithCommaOrPoint(String cell, double expected) {
        assertThat(Cells.parse(ColumnType.DECIMAL, cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {"12|12", "1 200|1200", "3,0|3", "0|0", "-4|-4"})
    void shouldReadWholeNumbers(String cell, long expected) {
        assertThat(Cells.parse(ColumnType.INTEGER, cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"deux", "2,5", "1e3", "12 ans", "--1", "NaN"})
    void shouldRefuseWhatIsNotAWholeNumber(String cell) {
        assertThatThrownBy(() -> Cells.parse(ColumnType.INTEGER, cell))
                .hasMessage("not a whole number; write digits, e.g. 12 or 1 200");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"2,5x", "Infinity", "1,2.3,4", "€12", ","})
    void shouldRefuseWhatIsNotANumber(String cell) {
        assertThatThrownBy(() -> Cells.parse(ColumnType.DECIMAL, cell))
                .hasMessage("not a number; write e.g. 2,5 or 2.5 (1 234,5 for thousands)");
    }

    @ParameterizedTest(name = "{0} starts on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "14/05/2019|2019-05-14",
                "4/5/2019|2019-05-04",
                "04.05.2019|2019-05-04",
                "04-05-2019|2019-05-04",
                "2019-05-14|2019-05-14",
                "2019-05-14T10:30:00|2019-05-14",
                "14/05/2019 10:30|2019-05-14",
                "2019-05|2019-05-01",
                "05/2019|2019-05-01",
                "2019|2019-01-01"
            })
    void shouldReadStartDates(String cell, LocalDate expected) {
        assertThat(Cells.parse(ColumnType.DATE_FROM, cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ends on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2019|2019-12-31",
                "2020-02|2020-02-29",
                "02/2019|2019-02-28",
                "1/2/2019|2019-02-01"
            })
    void shouldReadAYearOrMonthAsItsLastDayAtTheEnd(String cell, LocalDate expected) {
        assertThat(Cells.parse(ColumnType.DATE_TO, cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"hier", "2019/05/14", "14 mai 2019", "19", "05/14/2019x"})
    void shouldRefuseWhatIsNotADate(String cell) {
        assertThatThrownBy(() -> Cells.parse(ColumnType.DATE_FROM, cell))
                .hasMessage(Cells.DATE_EXPECTED);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"31/02/2021", "14/13/2019", "2019-13"})
    void shouldRefuseADayThatDoesNotExist(String cell) {
        assertThatThrownBy(() -> Cells.parse(ColumnType.DATE_FROM, cell))
                .hasMessageStartingWith("no such day in the calendar");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "oui,true",
        "NON,false",
        "Vrai,true",
        "faux,false",
        "yes,true",
        "No,false",
        "1,true",
        "0,false",
        "TRUE,true",
        "false,false"
    })
    void shouldReadYesAndNoInFrenchAndEnglish(String cell, boolean expected) {
        assertThat(Cells.parse(ColumnType.BOOLEAN, cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"peut-être", "o", "2"})
    void shouldRefuseWhatIsNotYesOrNo(String cell) {
        assertThatThrownBy(() -> Cells.parse(ColumnType.BOOLEAN, cell))
                .hasMessage("not yes or no; write oui/non, vrai/faux, true/false or 1/0");
    }
}
