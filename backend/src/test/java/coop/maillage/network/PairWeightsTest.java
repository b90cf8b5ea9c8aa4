package coop.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PairWeightsTest {

    @Test
    void shouldSumWeightsPerUnorderedPairAndIgnoreSelfLoops() {
        PairWeights weights = new PairWeights(3);
        weights.add(2, 0, 1.5);
        weights.add(0, 2, 1);
        weights.add(1, 1, 7);
        weights.addClique(new int[] {0, 1, 2, 99}, 3);

        assertThat(pairs(weights)).containsExactly("0-1=1.0", "0-2=3.5", "1-2=1.0");
    }

    @Test
    void shouldAgreeWithAPlainMapOnManyRandomPairs() {
        int n = 5_000;
        PairWeights weights = new PairWeights(n);
        Map<String, Double> expected = new TreeMap<>();
        Random random = new Random(7);
        for (int k = 0; k < 100_000; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            double weight = random.nextInt(4);
            weights.add(i, j, weight);
            if (i != j) {
                expected.merge(Math.min(i, j) + "-" + Math.max(i, j), weight, Double::sum);
            }
        }
        List<String> expectedPairs = new ArrayList<>();
        expected.forEach((pair, weight) -> expectedPairs.add(pair + "=" + weight));

        assertThat(pairs(weights)).containsExactlyInAnyOrderElementsOf(expectedPairs);
    }

    @Test
    void shouldListPairsInLexicographicOrder() {
        PairWeights weights = new PairWeights(10);
        weights.add(9, 3, 1);
        weights.add(0, 9, 1);
        weights.add(3, 4, 1);
        weights.add(0, 1, 1);

        assertThat(pairs(weights)).containsExactly("0-1=1.0", "0-9=1.0", "3-4=1.0", "3-9=1.0");
    }

    private static List<String> pairs(PairWeights weights) {
        List<String> out = new ArrayList<>();
        weights.forEach((i, j, weight) -> out.add(i + "-" + j + "=" + weight));
        return out;
    }
}
