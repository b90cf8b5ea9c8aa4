package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coop.maillage.network.TemporalNetwork;
import org.junit.jupiter.api.Test;

/**
 * Projects of four participants each (and the pole, left out), their sectors chosen for a Blau
 * index of 0 (one sector), 0.375 (3 + 1), 0.5 (2 + 2), 0.625 (2 + 1 + 1) or 0.75 (four sectors).
 */
class ProjectDiversityTest {

    private static final String[][] COLLECTIVES = {
        {"ESS", "ESS", "ESS", "ESS"},
        {"ESS", "ESS", "ESS", "PUBLIC"},
        {"ESS", "ESS", "PUBLIC", "PUBLIC"},
        {"ESS", "ESS", "PUBLIC", "CITOYEN"},
        {"ESS", "PUBLIC", "CITOYEN", "ENTREPRISE"}
    };

    /** Ten projects, two per collective above in order, with the given scores and statuses. */
    private static TemporalNetwork projects(int count, double[] scores, String[] statuses) {
        NetworkBuilder b = new NetworkBuilder().pole("P", 2010);
        for (int k = 0; k < count; k++) {
            String project = "p" + k;
            b.project(
                    project,
                    2015,
                    null,
                    "scoreTotal",
                    String.valueOf(scores[k]),
                    "status",
                    statuses[k]);
            b.participation("P", project, 2015, null);
            String[] sectors = COLLECTIVES[k / 2];
            for (int i = 0; i < 4; i++) {
                String actor = project + "-" + i;
                b.actor(actor, sectors[i], 2010);
                b.participation(actor, project, 2015, null);
            }
        }
        return b.build();
    }

    private static final double[] RISING = {10, 12, 14, 16, 18, 20, 22, 24, 26, 28};

    private static final String[] UNKNOWN = {
        "IDEA", "IDEA", "IDEA", "IDEA", "IDEA", "IDEA", "IDEA", "IDEA", "IDEA", "IDEA"
    };

    @Test
    void shouldSupportWhenDiverseCollectivesScoreHigher() {
        HypothesisAnswer answer =
                DensificationTest.answer(projects(10, RISING, UNKNOWN), 2010, 2020, "PROJECTS");

        assertThat(answer.verdict()).isEqualTo(Verdict.SUPPORTED);
        // Blau ranks 1.5 1.5 3.5 3.5 … 9.5 9.5 against scores ranked 1…10:
        // ρ = Σdxdy/√(Σdx²Σdy²) = 80/√(80 · 82.5) = 0.98473
        assertThat(answer.figure("blauVsScoreRho")).isCloseTo(Math.sqrt(80 / 82.5), within(1e-12));
        assertThat(answer.figure("blauVsScoreProjects")).isEqualTo(10.0);
        assertThat(answer.figure("blauVsSurvivalRho")).isNull();
        assertThat(answer.sentenceFr())
                .startsWith(
                        "La diversité des collectifs et le score des projets : corrélation de 0,98")
                .endsWith("les collectifs plus divers réussissent mieux.");
    }

    @Test
    void shouldRejectWhenDiverseCollectivesStopMoreOften() {
        String[] statuses = {
            "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "STOPPED", "STOPPED", "STOPPED",
            "STOPPED", "STOPPED"
        };
        double[] flat = {20, 20, 20, 20, 20, 20, 20, 20, 20, 20};

        HypothesisAnswer answer =
                DensificationTest.answer(projects(10, flat, statuses), 2010, 2020, "PROJECTS");

        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(answer.figure("blauVsScoreRho")).isNull();
        assertThat(answer.figure("blauVsSurvivalRho")).isNegative();
        assertThat(answer.figure("blauVsSurvivalP")).isLessThan(0.05);
        assertThat(answer.sentenceEn())
                .startsWith(
                        "Score: no correlation (fewer than 8 scored projects, or no variation)");
    }

    @Test
    void shouldBeInconclusiveWithFewerThanEightProjects() {
        HypothesisAnswer answer =
                DensificationTest.answer(projects(6, RISING, UNKNOWN), 2010, 2020, "PROJECTS");

        assertThat(answer.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(answer.figure("projects")).isEqualTo(6.0);
        assertThat(answer.sentenceFr()).startsWith("Trop peu de projets");
    }

    @Test
    void shouldLeaveOutProjectsOutsideTheRange() {
        HypothesisAnswer answer =
                DensificationTest.answer(projects(10, RISING, UNKNOWN), 2010, 2014, "PROJECTS");

        assertThat(answer.figure("projects")).isZero();
        assertThat(answer.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }
}
