package coop.maillage.seed.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The share of new collaborations that cross sectors, read from the files: with 5,000 actors each
 * year forms several hundred ties, so the share of the first two years and of the last two are each
 * known to within a few points.
 */
class CrossSectorTrendTest {

    private static final GeneratorParameters BASE =
            GeneratorParameters.defaults().withActors(5_000).withYears(2015, 2024).withSeed(11);

    @Test
    void shouldRaiseTheCrossSectorShareWhenTheTrendIsPositive(@TempDir Path directory)
            throws IOException {
        double[] share = firstAndLastShares(BASE.withCrossSectorTrend(0.05), directory);

        // the model's probability goes from 0.25 to 0.70; leave room for noise
        assertThat(share[1] - share[0]).isGreaterThan(0.25);
    }

    @Test
    void shouldLowerTheCrossSectorShareWhenTheTrendIsNegative(@TempDir Path directory)
            throws IOException {
        double[] share = firstAndLastShares(BASE.withCrossSectorTrend(-0.02), directory);

        assertThat(share[1]).isLessThan(share[0] - 0.08);
    }

    @Test
    void shouldKeepTheCrossSectorShareFlatWithoutTrend(@TempDir Path directory) throws IOException {
        double[] share = firstAndLastShares(BASE.withCrossSectorTrend(0), directory);

        assertThat(share[1]).isCloseTo(share[0], offset(0.06));
    }

    /** Cross-sector share of the ties formed in 2015–2016 and in 2023–2024. */
    private static double[] firstAndLastShares(GeneratorParameters parameters, Path directory)
            throws IOException {
        TerritoryGenerator.generate(parameters, directory);
        GeneratedFiles files = GeneratedFiles.read(directory);
        Map<String, Map<String, String>> actors = files.byId("actors.csv");
        int[] cross = new int[2];
        int[] all = new int[2];
        for (Map<String, String> tie : files.rows("collaborations.csv")) {
            int year = Integer.parseInt(tie.get("from"));
            int period = year <= 2016 ? 0 : year >= 2023 ? 1 : -1;
            if (period >= 0) {
                String source = actors.get(tie.get("source")).get("sector");
                String target = actors.get(tie.get("target")).get("sector");
                all[period]++;
                cross[period] += source.equals(target) ? 0 : 1;
            }
        }
        assertThat(all[0]).isGreaterThan(500);
        assertThat(all[1]).isGreaterThan(500);
        return new double[] {(double) cross[0] / all[0], (double) cross[1] / all[1]};
    }
}
