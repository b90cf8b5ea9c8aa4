package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The key figures on the seed: member counts on 31 December are the documented ones (54 in 2018, 80
 * in 2019, 96 in 2024: figures.csv) and the per-college split is graph-seed/SEED.md's table.
 */
class YearFiguresTest {

    @Test
    void shouldCountTheDocumentedMembersOn31December() {
        KeyFigures y2019 = YearFigures.of(SeedReports.FACTS, 2019);
        assertThat(y2019.membersBefore()).isEqualTo(54);
        assertThat(y2019.members()).isEqualTo(80);
        KeyFigures y2024 = YearFigures.of(SeedReports.FACTS, 2024);
        assertThat(y2024.members()).isEqualTo(96);
        assertThat(y2024.membersBefore()).isEqualTo(93);
    }

    @Test
    void shouldSplitMembersByCollegeAsTheSeedTable() {
        KeyFigures y2019 = YearFigures.of(SeedReports.FACTS, 2019);
        Map<String, int[]> expected =
                Map.of(
                        "Fondateurs", new int[] {4, 4},
                        "Entreprises partenaires", new int[] {9, 11},
                        "Collectivités partenaires", new int[] {4, 5},
                        "Territoire, Recherche et ESS", new int[] {10, 15},
                        "Citoyens", new int[] {23, 40},
                        "Salariés", new int[] {4, 5});
        assertThat(y2019.colleges()).hasSize(6);
        for (KeyFigures.CollegeCount college : y2019.colleges()) {
            assertThat(new int[] {college.membersBefore(), college.members()})
                    .as(college.name())
                    .containsExactly(expected.get(college.name()));
        }
        assertThat(y2019.colleges()).extracting(KeyFigures.CollegeCount::name).isSorted();
    }

    @Test
    void shouldCountTheThreeEveningsOf2019() {
        KeyFigures y2019 = YearFigures.of(SeedReports.FACTS, 2019);
        KeyFigures.EventCount evenings =
                y2019.events().stream()
                        .filter(e -> e.type().equals("STARTUP_DE_TERRITOIRE"))
                        .findFirst()
                        .orElseThrow();
        // 000: the 17 October 2019 evening, 300 participants and 21 workshops
        assertThat(evenings.events()).isEqualTo(1);
        assertThat(evenings.participants()).isEqualTo(300);
        assertThat(y2019.workshops()).isEqualTo(21);
        assertThat(y2019.workshopParticipants()).isEqualTo(300);
    }
}
