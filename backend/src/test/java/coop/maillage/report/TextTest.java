package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.hypothesis.Verdict;
import coop.maillage.project.ProjectStage;
import coop.maillage.project.ProjectStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every vocabulary the report writes has its words in both languages. */
class TextTest {

    @Test
    void shouldHaveEveryLabelInFrenchAndEnglish() {
        List<String> missing = new ArrayList<>();
        check(missing, "IND_", Indicator.Kind.values());
        check(missing, "IND_RULE_", Indicator.Kind.values());
        check(missing, "BASIS_", Indicator.Basis.values());
        check(missing, "MISSING_", Indicator.Missing.values());
        check(missing, "KIND_", Provenance.Kind.values());
        check(missing, "COUNTED_", Provenance.Counted.values());
        check(missing, "VERDICT_", Verdict.values());
        check(missing, "STAGE_", ProjectStage.values());
        check(missing, "STATUS_", ProjectStatus.values());
        check(missing, "EVENT_", coop.maillage.event.EventType.values());
        AppendixSection.DEFINED.forEach(m -> check(missing, "DEF_", m));
        FindingSections.CARD_FIGURES.forEach(
                card -> card.forEach(f -> check(missing, "FIG_", Text.constant(f.name()))));
        for (String id : List.of("H1", "H2", "H3", "H4", "PROJECTS")) {
            check(missing, "HYP_", id);
            check(missing, "HYP_TEST_", id);
        }
        assertThat(missing).isEmpty();
        for (Text text : Text.values()) {
            assertThat(text.in(Language.FR)).as(text.name()).isNotBlank();
            assertThat(text.in(Language.EN)).as(text.name()).isNotBlank();
        }
    }

    @Test
    void shouldWriteAnUnknownCodeAsItIs() {
        assertThat(Text.label("SECTOR_", "ESS", Language.EN))
                .isEqualTo("Social and solidarity economy");
        assertThat(Text.label("SECTOR_", "Agriculture", Language.FR)).isEqualTo("Agriculture");
        assertThat(Text.label("STAGE_", YearFigures.NONE, Language.FR)).isEqualTo("Sans étape");
        assertThat(Text.constant("survivalShareLag1")).isEqualTo("SURVIVAL_SHARE_LAG1");
    }

    private static void check(List<String> missing, String prefix, Object... codes) {
        for (Object code : codes) {
            String name = prefix + Text.constant(code.toString());
            try {
                Text.valueOf(name);
            } catch (IllegalArgumentException e) {
                missing.add(name);
            }
        }
    }
}
