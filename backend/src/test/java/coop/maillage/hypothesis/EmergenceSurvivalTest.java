package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.network.TemporalNetwork;
import org.junit.jupiter.api.Test;

/**
 * A project started in 2010 gathers five actors and the pole: ten pairs of actors form in its
 * emergence (the pole's pairs are left out). Whether they survive depends on how long they stay.
 */
class EmergenceSurvivalTest {

    private static NetworkBuilder project(int participants, Integer participationEnd) {
        NetworkBuilder b = new NetworkBuilder().pole("P", 2010);
        b.project("p1", 2010, null);
        b.participation("P", "p1", 2010, null);
        for (int i = 1; i <= participants; i++) {
            b.actor("a" + i, i % 2 == 0 ? "ESS" : "ENTREPRISE", 2010);
            b.participation("a" + i, "p1", 2010, participationEnd);
        }
        return b;
    }

    @Test
    void shouldRejectWhenTiesVanishOnceEmergenceIsOver() {
        // participations end in 2011: still tied one year on, gone two and three years on
        HypothesisAnswer h4 = DensificationTest.answer(project(5, 2011).build(), 2010, 2015, "H4");

        assertThat(h4.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(h4.figure("pairsFormedInEmergence")).isEqualTo(10.0);
        assertThat(h4.figure("eligiblePairsLag1")).isEqualTo(10.0);
        assertThat(h4.figure("survivalShareLag1")).isEqualTo(1.0);
        assertThat(h4.figure("survivalShareLag2")).isZero();
        assertThat(h4.figure("survivalShareLag3")).isZero();
        assertThat(h4.sentenceFr())
                .isEqualTo(
                        "2 ans après, 0 % des liens noués pendant l'émergence des projets existent"
                                + " encore (sur 10 paires suivies) : la coopération s'estompe après"
                                + " l'émergence.");
    }

    @Test
    void shouldSupportWhenTheActorsKeepWorkingTogether() {
        HypothesisAnswer h4 = DensificationTest.answer(project(5, null).build(), 2010, 2015, "H4");

        assertThat(h4.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(h4.figure("survivalShareLag3")).isEqualTo(1.0);
        assertThat(h4.figure("survivalBeyondProjectShareLag3")).isZero();
        assertThat(h4.sentenceEn())
                .startsWith("3 years on, 100% of")
                .endsWith("outlasts emergence.");
    }

    @Test
    void shouldCountTiesThatLiveOnOutsideTheProject() {
        // the project ends in 2011, but a1–a2 and a3–a4 keep a direct collaboration
        NetworkBuilder b = project(5, 2011);
        b.collaboration("a1", "a2", 2011, null).collaboration("a3", "a4", 2012, null);

        HypothesisAnswer h4 = DensificationTest.answer(b.build(), 2010, 2015, "H4");

        assertThat(h4.figure("survivalShareLag2")).isEqualTo(0.2);
        assertThat(h4.figure("survivalBeyondProjectShareLag2")).isEqualTo(0.2);
        assertThat(h4.figure("survivalBeyondProjectShareLag1")).isEqualTo(0.1);
    }

    @Test
    void shouldLeaveOutPairsWhoseActorIsGone() {
        // a5 leaves in 2011: its four pairs cannot be followed two years on
        NetworkBuilder b = project(4, null);
        b.actor("a5", "ESS", 2010, 2011).participation("a5", "p1", 2010, null);

        HypothesisAnswer h4 = DensificationTest.answer(b.build(), 2010, 2015, "H4");

        assertThat(h4.figure("eligiblePairsLag1")).isEqualTo(10.0);
        assertThat(h4.figure("eligiblePairsLag2")).isEqualTo(6.0);
    }

    @Test
    void shouldBeInconclusiveWithFewerThanTenPairs() {
        TemporalNetwork small = project(3, 2011).build();

        HypothesisAnswer h4 = DensificationTest.answer(small, 2010, 2015, "H4");

        assertThat(h4.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(h4.figure("pairsFormedInEmergence")).isEqualTo(3.0);
        assertThat(h4.sentenceEn()).contains("at least 10");
    }

    @Test
    void shouldNotCountPairsThatMeetAfterEmergence() {
        // a6 joins in 2013, three years after the start: its pairs are not emergence ties
        NetworkBuilder b = project(5, null);
        b.actor("a6", "PUBLIC", 2010).participation("a6", "p1", 2013, null);

        HypothesisAnswer h4 = DensificationTest.answer(b.build(), 2010, 2015, "H4");

        assertThat(h4.figure("pairsFormedInEmergence")).isEqualTo(10.0);
    }
}
