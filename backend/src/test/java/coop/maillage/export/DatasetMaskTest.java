package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.seed.CsvFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetMaskTest {

    private static final PersonMask MASK =
            PersonMask.pseudonymising(
                    Set.of("ana-dupont"), text -> "P-" + Math.abs(text.hashCode()));

    private final List<DatasetTable> tables =
            List.of(
                    table(
                            CsvFile.ACTORS,
                            List.of("email"),
                            row(
                                    "id",
                                    "ana-dupont",
                                    "name",
                                    "Ana Dupont",
                                    "commune",
                                    "Arbois",
                                    "person",
                                    true,
                                    "from",
                                    LocalDate.of(2016, 3, 1),
                                    "provenance",
                                    "000_a.txt: « Ana Dupont, citoyenne »",
                                    "email",
                                    "ana@example.org"),
                            row(
                                    "id",
                                    "bob",
                                    "name",
                                    "Bob SARL",
                                    "commune",
                                    "Dole",
                                    "person",
                                    false,
                                    "provenance",
                                    "illustrative",
                                    "email",
                                    "contact@bob.fr")),
                    table(
                            CsvFile.MEMBERSHIPS,
                            List.of(),
                            row(
                                    "id",
                                    "m-ana-dupont",
                                    "actor",
                                    "ana-dupont",
                                    "pole",
                                    "bob",
                                    "provenance",
                                    "illustrative: sociétaire"),
                            row("id", "m-bob", "actor", "bob", "pole", "bob")),
                    table(
                            CsvFile.COLLABORATIONS,
                            List.of(),
                            row(
                                    "id",
                                    "co-1",
                                    "source",
                                    "bob",
                                    "target",
                                    "ana-dupont",
                                    "weight",
                                    2.0)),
                    table(CsvFile.FIGURES, List.of(), row("id", "f1", "subject", "ana-dupont")));

    @Test
    void shouldPutThePseudonymInPlaceOfThePersonsIdNameAndEveryReference() {
        List<DatasetTable> masked = new DatasetMask(MASK).apply(tables);

        String pseudonym = MASK.id("ana-dupont");
        Map<String, Object> ana = masked.get(0).rows().get(0);
        assertThat(ana)
                .containsEntry("id", pseudonym)
                .containsEntry("name", pseudonym)
                .containsEntry("person", true)
                .containsEntry("from", LocalDate.of(2016, 3, 1))
                .containsEntry("provenance", "000_a.txt: " + DatasetMask.WITHHELD)
                .doesNotContainKeys("commune", "email");
        assertThat(masked.get(0).rows().get(1)).isEqualTo(tables.get(0).rows().get(1));
        Map<String, Object> membership = masked.get(1).rows().get(0);
        assertThat(membership.get("id"))
                .isEqualTo("memberships-" + MASK.pseudonymOf("memberships.csv/m-ana-dupont"));
        assertThat(membership)
                .containsEntry("actor", pseudonym)
                .containsEntry("pole", "bob")
                .containsEntry("provenance", "illustrative: " + DatasetMask.WITHHELD);
        assertThat(masked.get(1).rows().get(1)).isEqualTo(tables.get(1).rows().get(1));
        assertThat(masked.get(2).rows().get(0))
                .containsEntry("source", "bob")
                .containsEntry("target", pseudonym)
                .containsEntry("weight", 2.0);
        assertThat(masked.get(3).rows().get(0)).containsEntry("subject", pseudonym);
        assertThat(masked.toString()).doesNotContain("ana-dupont", "Ana Dupont", "ana@example.org");
    }

    @Test
    void shouldChangeNothingWhenNamesAreShown() {
        assertThat(new DatasetMask(PersonMask.withNames(Set.of("ana-dupont"))).apply(tables))
                .isEqualTo(tables);
    }

    @Test
    void shouldKeepOnlyTheSourceOfAProvenance() {
        assertThat(DatasetMask.withheld("002_f3.txt: « Le fait d’être soutenue »"))
                .isEqualTo("002_f3.txt: " + DatasetMask.WITHHELD);
        assertThat(DatasetMask.withheld("illustrative"))
                .isEqualTo("illustrative: " + DatasetMask.WITHHELD);
        assertThat(DatasetMask.withheld("told by Ana Dupont")).isEqualTo(DatasetMask.WITHHELD);
    }

    @Test
    void shouldFailRatherThanMergeTwoRecordsWhenAPseudonymIsTaken() {
        PersonMask clashing = PersonMask.pseudonymising(Set.of("ana-dupont"), text -> "bob");

        assertThatThrownBy(() -> new DatasetMask(clashing).apply(tables))
                .isInstanceOf(PseudonymCollisionException.class)
                .hasMessageContaining("actors.csv");
    }

    private static DatasetTable table(
            CsvFile file, List<String> extra, Map<String, Object>... rows) {
        List<String> columns = new ArrayList<>(file.header());
        columns.addAll(extra);
        return new DatasetTable(file, columns, List.of(rows));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
