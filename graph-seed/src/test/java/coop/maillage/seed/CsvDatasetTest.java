package coop.maillage.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetTest {

    @TempDir Path directory;

    @Test
    void shouldReadYearsAsTheFirstAndLastDayAndSkipAByteOrderMark() throws IOException {
        write(
                "actors.csv",
                "\uFEFFid,name,kind,sector,commune,person,from,to,territory,provenance\n"
                        + "a1,A,COMPANY,ESS,,false,2016,2018-05,,illustrative\n");
        CsvDataset dataset = CsvDataset.fromDirectory(directory);
        var values = dataset.rows(CsvFile.ACTORS).get(0).values();
        assertThat(values.get("from")).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(values.get("to")).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(values.get("person")).isEqualTo(false);
        assertThat(values.get("commune")).isNull();
    }

    @Test
    void shouldListEveryProblemWithFileLineAndColumn() throws IOException {
        write(
                "actors.csv",
                "id,name,kind,sector,commune,person,from,to,territory,provenance\n"
                        + "a1,A,COMPANY,ESS,,maybe,2016,2014,,illustrative\n"
                        + "a1,B,COMPANY,ESS,,false,20x6,,nowhere,illustrative\n");
        write(
                "collaborations.csv",
                "id,source,target,kind,weight,from,to,provenance\n"
                        + "c1,a1,ghost,PARTNERSHIP,one,,,illustrative\n"
                        + "c2,a1,a1,PARTNERSHIP,1,,,illustrative\n");
        assertThatThrownBy(() -> CsvDataset.fromDirectory(directory))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("actors.csv line 2, column person: 'maybe' is not true")
                .hasMessageContaining("actors.csv line 2, column to: 'to' (2014-12-31) is before")
                .hasMessageContaining("actors.csv line 3, column id: duplicate id 'a1'")
                .hasMessageContaining("actors.csv line 3, column from: '20x6' is not a date")
                .hasMessageContaining("collaborations.csv line 2, column weight: 'one'")
                .hasMessageContaining(
                        "collaborations.csv line 2, column target: 'ghost' is not an id in"
                                + " actors.csv")
                .hasMessageContaining(
                        "actors.csv line 3, column territory: 'nowhere' is not an id in"
                                + " territories.csv")
                .hasMessageContaining(
                        "collaborations.csv line 3, column target: 'a1' is also the source: a row"
                                + " of collaborations.csv joins two different actors")
                .satisfies(e -> assertThat(((DatasetException) e).problems()).hasSize(8));
    }

    @Test
    void shouldNameAMissingColumn() throws IOException {
        write("territories.csv", "id,name\nt,T\n");
        assertThatThrownBy(() -> CsvDataset.fromDirectory(directory))
                .hasMessageContaining("territories.csv line 1, column provenance: missing column");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
