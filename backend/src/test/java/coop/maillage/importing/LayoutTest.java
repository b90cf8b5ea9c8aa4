package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.seed.CsvFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each column of a header becomes. */
class LayoutTest {

    private static final Place PLACE = new Place("acteurs.csv", null);

    @Test
    void shouldKeepUnknownColumnsUnderThePrefix() {
        Layout layout = layout("Identifiant", "Nom", "Type", "Secteur", "Téléphone", "");

        assertThat(List.of(layout.field(0), layout.field(1), layout.field(4)))
                .containsExactly("id", "name", "extra.Téléphone");
        assertThat(layout.field(5)).as("a column without a header").isNull();
    }

    @Test
    void shouldReadAnExportedExtraColumnBackUnderItsOwnName() {
        Layout layout = layout("id", "name", "kind", "sector", "extra.Téléphone");

        assertThat(layout.field(4)).isEqualTo("extra.Téléphone");
    }

    private static Layout layout(String... header) {
        Problems problems = new Problems();
        Layout layout =
                Layout.of(PLACE, CsvFile.ACTORS, List.of(header), ColumnMapping.NONE, problems);
        assertThat(problems.listed()).isEmpty();
        return layout;
    }
}
