package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import org.junit.jupiter.api.Test;

/** Two sectors of three actors, tied within; ties across them appear (or end) one a year. */
class SiloOpeningTest {

    private static final String[][] CROSS = {
        {"a1", "a2"}, {"a3", "a4"}, {"a5", "a6"}, {"a1", "a4"}, {"a3", "a6"}
    };

    private static NetworkBuilder twoSilos() {
        NetworkBuilder b = new NetworkBuilder();
        for (int i = 1; i <= 6; i++) {
            b.actor("a" + i, i % 2 == 0 ? "ESS" : "PUBLIC", 2010);
        }
        String[][] within = {
            {"a2", "a4"}, {"a4", "a6"}, {"a2", "a6"}, {"a1", "a3"}, {"a3", "a5"}, {"a1", "a5"}
        };
        for (String[] pair : within) {
            b.collaboration(pair[0], pair[1], 2010, null);
        }
        return b;
    }

    private static TemporalNetwork opening() {
        NetworkBuilder b = twoSilos();
        for (int k = 0; k < CROSS.length; k++) {
            b.collaboration(CROSS[k][0], CROSS[k][1], 2011 + k, null);
        }
        return b.build();
    }

    private static TemporalNetwork closing() {
        NetworkBuilder b = twoSilos();
        for (int k = 0; k < CROSS.length; k++) {
            b.collaboration(CROSS[k][0], CROSS[k][1], 2010, 2010 + k);
        }
        return b.build();
    }

    @Test
    void shouldSupportOpeningWhenCrossSectorTiesMultiply() {
        HypothesisAnswer h2 = DensificationTest.answer(opening(), 2010, 2015, "H2");

        assertThat(h2.verdict()).isEqualTo(Verdict.SUPPORTED);
        // E-I (E − I)/(E + I): −6/6 in 2010 … −1/11 in 2015; cross share 5/11 in 2015
        assertThat(h2.figures())
                .contains(Figure.ofYear("eiIndex", 2010, -1.0))
                .contains(Figure.ofYear("eiIndex", 2012, -0.5))
                .contains(Figure.ofYear("crossGroupShare", 2015, 5.0 / 11));
        assertThat(h2.figure("eiIndexMannKendallS")).isEqualTo(15.0);
        assertThat(h2.figure("assortativityMannKendallS")).isNegative();
        assertThat(h2.figure("yearsWithNullModel")).isEqualTo(6.0);
        assertThat(h2.figure("eiIndexAboveChanceYears") + h2.figure("eiIndexBelowChanceYears"))
                .isLessThanOrEqualTo(6.0);
        assertThat(h2.sentenceFr())
                .startsWith("L'indice E-I (ouverture entre groupes) augmente de")
                .contains("les silos s'ouvrent.")
                .contains(
                        h2.figure("eiIndexAboveChanceYears") + h2.figure("eiIndexBelowChanceYears")
                                        == 0
                                ? "Aucune des 6 années ne s'écarte de ce que le hasard donnerait"
                                : "plus que le hasard ne le ferait");
    }

    @Test
    void shouldRejectOpeningWhenCrossSectorTiesEnd() {
        HypothesisAnswer h2 = DensificationTest.answer(closing(), 2010, 2015, "H2");

        assertThat(h2.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(h2.figures()).contains(Figure.ofYear("eiIndex", 2015, -1.0));
        assertThat(h2.sentenceEn()).contains("the silos are closing");
    }

    @Test
    void shouldBeInconclusiveOnThreeYears() {
        HypothesisAnswer h2 = DensificationTest.answer(opening(), 2010, 2012, "H2");

        assertThat(h2.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void shouldLeaveTheNullModelOutWhenNoPermutationIsAsked() {
        HypothesisQuery query =
                new HypothesisQuery(
                        new YearRange(2010, 2015),
                        null,
                        false,
                        "sector",
                        AnalysisOptions.DEFAULTS.withPermutations(0));

        HypothesisAnswer h2 = Hypotheses.answer(opening(), query).answer("H2");

        assertThat(h2.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(h2.figure("yearsWithNullModel")).isZero();
        assertThat(h2.sentenceEn()).doesNotContain("chance");
    }
}
