package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import org.junit.jupiter.api.Test;

class DensificationTest {

    /** Six actors all present from 2010; one more tie each year, 2010–2015 (1 to 6 of 15 pairs). */
    private static TemporalNetwork densifying() {
        NetworkBuilder b = new NetworkBuilder();
        for (int i = 1; i <= 6; i++) {
            b.actor("a" + i, i % 2 == 0 ? "ESS" : "PUBLIC", 2010);
        }
        String[][] pairs = {
            {"a1", "a2"}, {"a3", "a4"}, {"a5", "a6"}, {"a1", "a3"}, {"a2", "a4"}, {"a4", "a6"}
        };
        for (int k = 0; k < pairs.length; k++) {
            b.collaboration(pairs[k][0], pairs[k][1], 2010 + k, null);
        }
        return b.build();
    }

    /** The same ties, ending one a year: 6 of 15 pairs in 2010 down to 1 in 2015. */
    private static TemporalNetwork thinning() {
        NetworkBuilder b = new NetworkBuilder();
        for (int i = 1; i <= 6; i++) {
            b.actor("a" + i, i % 2 == 0 ? "ESS" : "PUBLIC", 2010);
        }
        String[][] pairs = {
            {"a1", "a2"}, {"a3", "a4"}, {"a5", "a6"}, {"a1", "a3"}, {"a2", "a4"}, {"a4", "a6"}
        };
        for (int k = 0; k < pairs.length; k++) {
            b.collaboration(pairs[k][0], pairs[k][1], 2010, 2010 + k);
        }
        return b.build();
    }

    /**
     * Ten actors and four ties every year, 2010–2015, rewired so that they chain: density and mean
     * degree stay put while the largest component holds 2, 3, 3, 4, 4 then 5 of the 10 actors.
     */
    private static TemporalNetwork chaining() {
        NetworkBuilder b = new NetworkBuilder();
        for (int i = 1; i <= 10; i++) {
            b.actor("a" + i, i % 2 == 0 ? "ESS" : "PUBLIC", 2010);
        }
        String[][][] years = {
            {{"a1", "a2"}, {"a3", "a4"}, {"a5", "a6"}, {"a7", "a8"}},
            {{"a1", "a2"}, {"a2", "a3"}, {"a5", "a6"}, {"a7", "a8"}},
            {{"a1", "a2"}, {"a2", "a3"}, {"a5", "a6"}, {"a7", "a8"}},
            {{"a1", "a2"}, {"a2", "a3"}, {"a3", "a4"}, {"a7", "a8"}},
            {{"a1", "a2"}, {"a2", "a3"}, {"a3", "a4"}, {"a7", "a8"}},
            {{"a1", "a2"}, {"a2", "a3"}, {"a3", "a4"}, {"a4", "a5"}}
        };
        for (int k = 0; k < years.length; k++) {
            for (String[] pair : years[k]) {
                b.collaboration(pair[0], pair[1], 2010 + k, 2010 + k);
            }
        }
        return b.build();
    }

    static HypothesisAnswer answer(TemporalNetwork network, int first, int last, String id) {
        HypothesisQuery query =
                new HypothesisQuery(
                        new YearRange(first, last),
                        null,
                        false,
                        null,
                        AnalysisOptions.DEFAULTS.withPermutations(99));
        return Hypotheses.answer(network, query).answer(id);
    }

    @Test
    void shouldSupportDensificationWhenTiesAccumulate() {
        HypothesisAnswer h1 = answer(densifying(), 2010, 2015, "H1");

        assertThat(h1.verdict()).isEqualTo(Verdict.SUPPORTED);
        // density 1/15, 2/15 … 6/15: slope 1/15 a year; S = 15, Var = 6·5·17/18, Z = 14/√28.33
        assertThat(h1.figure("densitySlopePerYear")).isCloseTo(1.0 / 15, within(1e-12));
        assertThat(h1.figure("meanDegreeSlopePerYear")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(h1.figure("densityMannKendallS")).isEqualTo(15.0);
        assertThat(h1.figure("densityMannKendallP")).isCloseTo(0.0085, within(1e-4));
        assertThat(h1.sentenceFr())
                .isEqualTo(
                        "La densité du réseau augmente de 0,067 par an (tendance significative,"
                                + " p = 0,009) et le degré moyen augmente de 0,33 par an (tendance"
                                + " significative, p = 0,009) : la coopération se densifie.");
        assertThat(h1.sentenceEn()).contains("rises by 0.067 a year").endsWith("is densifying.");
        assertThat(h1.figures())
                .contains(new Figure("density", 2012, 3.0 / 15))
                .contains(Figure.of("densityYears", 6));
    }

    @Test
    void shouldSayWhichMeasureMovesWhenDensityAndDegreeStayPut() {
        HypothesisAnswer h1 = answer(chaining(), 2010, 2015, "H1");

        assertThat(h1.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        // shares 0.2, 0.3, 0.3, 0.4, 0.4, 0.5: of the 15 pairs, 13 rise, 2 are tied, none falls
        assertThat(h1.figure("largestComponentShareMannKendallS")).isEqualTo(13.0);
        assertThat(h1.sentenceFr())
                .startsWith("La densité du réseau ne varie pas (0,089) et le degré moyen ne varie")
                .contains(" : en revanche la part de la plus grande composante augmente de ")
                .endsWith(" ; on ne peut pas conclure.");
        assertThat(h1.sentenceEn())
                .contains(": on the other hand the largest component's share rises by ")
                .endsWith("; no conclusion can be drawn.");
    }

    @Test
    void shouldRejectDensificationWhenTiesEnd() {
        HypothesisAnswer h1 = answer(thinning(), 2010, 2015, "H1");

        assertThat(h1.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(h1.figure("densitySlopePerYear")).isCloseTo(-1.0 / 15, within(1e-12));
        assertThat(h1.sentenceFr())
                .contains("baisse de 0,067 par an")
                .contains("ne se densifie pas");
    }

    @Test
    void shouldBeInconclusiveOnTwoYears() {
        HypothesisAnswer h1 = answer(densifying(), 2010, 2011, "H1");

        assertThat(h1.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(h1.figure("densityMannKendallP")).isNull();
        assertThat(h1.sentenceFr()).contains("trop peu d'années");
    }

    @Test
    void shouldRejectDensificationWhenNothingChangesOverSixYears() {
        TemporalNetwork still =
                new NetworkBuilder()
                        .actor("a", "ESS", 2010)
                        .actor("b", "ESS", 2010)
                        .actor("c", "PUBLIC", 2010)
                        .collaboration("a", "b", 2010, null)
                        .build();

        HypothesisAnswer h1 = answer(still, 2010, 2015, "H1");

        assertThat(h1.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(h1.sentenceEn()).contains("does not change").endsWith("no densification shows.");
    }

    @Test
    void shouldBeInconclusiveWhenTheMeasuresDisagree() {
        // density and mean degree rise over four years, too few for a significant test: p = 0.09
        HypothesisAnswer h1 = answer(densifying(), 2010, 2013, "H1");

        assertThat(h1.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(h1.figure("densityMannKendallP")).isCloseTo(0.0894, within(1e-4));
        assertThat(h1.rule()).contains("p < 0.05");
    }
}
