package coop.maillage.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coop.maillage.network.TemporalNetwork;
import org.junit.jupiter.api.Test;

/**
 * The pole bridges three sectors in 2010; from 2011 the sectors tie to one another directly, one
 * new bridge a year. Brokerage shares were computed with networkx's unnormalised betweenness.
 */
class PoleRoleTest {

    private static NetworkBuilder threeSectorsAroundThePole() {
        NetworkBuilder b = new NetworkBuilder().pole("P", 2010);
        String[] sectors = {"ESS", "PUBLIC", "ENTREPRISE"};
        String[] letters = {"A", "B", "C"};
        for (int g = 0; g < 3; g++) {
            for (int i = 1; i <= 3; i++) {
                b.actor(letters[g] + i, sectors[g], 2010);
            }
            b.collaboration("P", letters[g] + 1, 2010, null);
            b.collaboration(letters[g] + 1, letters[g] + 2, 2010, null);
            b.collaboration(letters[g] + 2, letters[g] + 3, 2010, null);
        }
        return b;
    }

    /** Bridges of 2011–2014 born in projects the pole facilitates, 2015 in another, 2016 direct. */
    private static TemporalNetwork maturing(boolean facilitatorsRecorded) {
        NetworkBuilder b = threeSectorsAroundThePole();
        String[][] bridges = {{"A1", "B3"}, {"A2", "B2"}, {"A1", "B2"}, {"A1", "B1"}, {"A3", "C1"}};
        for (int k = 0; k < bridges.length; k++) {
            String project = "p" + (2011 + k);
            String facilitator = k < 4 ? "P" : "A3";
            if (facilitatorsRecorded) {
                b.project(project, 2011 + k, null, "facilitators", facilitator + " X9");
            } else {
                b.project(project, 2011 + k, null);
            }
            b.participation(bridges[k][0], project, 2011 + k, null);
            b.participation(bridges[k][1], project, 2011 + k, null);
        }
        b.collaboration("A2", "B3", 2016, null);
        return b.build();
    }

    @Test
    void shouldSupportAPoleWhoseBrokerageShareFallsAsBridgesMultiply() {
        HypothesisAnswer h3 = DensificationTest.answer(maturing(true), 2010, 2016, "H3");

        assertThat(h3.verdict()).isEqualTo(Verdict.SUPPORTED);
        // networkx: P's betweenness 9 of 31 in 2010, 0.182 of the total in 2016
        assertThat(h3.figures())
                .anySatisfy(
                        f -> {
                            assertThat(f.name()).isEqualTo("poleBrokerageShare");
                            assertThat(f.year()).isEqualTo(2010);
                            assertThat(f.value()).isCloseTo(9.0 / 31, within(1e-12));
                        })
                .anySatisfy(
                        f -> {
                            assertThat(f.name()).isEqualTo("poleBrokerageShare");
                            assertThat(f.year()).isEqualTo(2016);
                            assertThat(f.value()).isCloseTo(0.18209876543209877, within(1e-12));
                        })
                .contains(Figure.ofYear("largestComponentGap", 2010, 1 - 3.0 / 9))
                .contains(Figure.ofYear("componentsWithoutPole", 2010, 3.0))
                .contains(Figure.ofYear("componentsWithoutPole", 2016, 1.0));
        // seven strictly falling shares: S = −21, Var = 7·6·19/18, Z = −20/√44.33 → p = 0.0027
        assertThat(h3.figure("poleBrokerageShareMannKendallS")).isEqualTo(-21.0);
        assertThat(h3.figure("poleBrokerageShareMannKendallP")).isCloseTo(0.00267, within(1e-5));
        assertThat(h3.figure("newCrossGroupPairs")).isEqualTo(6.0);
        assertThat(h3.figure("crossGroupPairsBornInProjects")).isEqualTo(5.0);
        assertThat(h3.figure("crossGroupPairsBornInFacilitatedProjects")).isEqualTo(4.0);
        assertThat(h3.figure("facilitatedShareOfProjects")).isEqualTo(0.8);
        assertThat(h3.sentenceFr())
                .startsWith("La part du pôle dans l'intermédiation baisse de")
                .contains("le pôle passe la main")
                .endsWith(
                        " 67 % des 6 nouveaux liens entre secteurs sont nés dans des projets"
                                + " animés par le pôle, qui anime 80 % des projets.");
    }

    @Test
    void shouldSayTheFacilitatedShareIsUnknownWithoutFacilitators() {
        HypothesisAnswer h3 = DensificationTest.answer(maturing(false), 2010, 2016, "H3");

        assertThat(h3.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(h3.figure("facilitatedShareOfNewCrossGroupPairs")).isNull();
        assertThat(h3.figure("facilitatorsRecorded")).isZero();
        assertThat(h3.sentenceEn()).endsWith("the pole facilitated is unknown.");
    }

    @Test
    void shouldRejectWhenThePoleStaysTheOnlyHub() {
        // a star around the pole that gains one spoke a year: without it, nothing holds together
        NetworkBuilder b = new NetworkBuilder().pole("P", 2010);
        for (int year = 2010; year <= 2016; year++) {
            b.actor("s" + year, year % 2 == 0 ? "PUBLIC" : "CITOYEN", 2010);
            b.actor("t" + year, "ENTREPRISE", 2010);
            b.collaboration("P", "s" + year, year, null);
            b.collaboration("P", "t" + year, year, null);
        }

        HypothesisAnswer h3 = DensificationTest.answer(b.build(), 2010, 2016, "H3");

        assertThat(h3.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(h3.figures()).contains(Figure.ofYear("poleBrokerageShare", 2016, 1.0));
        assertThat(h3.sentenceFr()).contains("le pôle reste un passage obligé");
    }

    @Test
    void shouldBeInconclusiveWithoutAPole() {
        TemporalNetwork none =
                new NetworkBuilder()
                        .actor("a", "ESS", 2010)
                        .actor("b", "PUBLIC", 2010)
                        .collaboration("a", "b", 2010, null)
                        .build();

        HypothesisAnswer h3 = DensificationTest.answer(none, 2010, 2016, "H3");

        assertThat(h3.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(h3.sentenceEn()).contains("no identified pole");
    }

    @Test
    void shouldFindThePoleByItsKindWhenTheNetworkNamesNone() {
        TemporalNetwork network = threeSectorsAroundThePole().buildWithoutPoleId();

        assertThat(Hypotheses.poleId(network)).isEqualTo("P");
    }
}
