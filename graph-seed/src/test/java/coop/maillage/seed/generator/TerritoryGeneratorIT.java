package coop.maillage.seed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The largest territory the generator accepts, at the size the benchmarks use. */
class TerritoryGeneratorIT {

    private static final Duration BUDGET = Duration.ofSeconds(30);

    @Test
    void shouldWriteAHundredThousandActorsOverTenYearsWithinBudget(@TempDir Path directory)
            throws IOException {
        GeneratorParameters parameters =
                GeneratorParameters.defaults()
                        .withActors(GeneratorParameters.MAX_ACTORS)
                        .withYears(2015, 2024)
                        .withProjectsPerYear(500)
                        .withSeed(2024);

        long start = System.nanoTime();
        GenerationSummary summary = TerritoryGenerator.generate(parameters, directory);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isLessThan(BUDGET);
        assertThat(summary.rows(CsvFile.ACTORS)).isEqualTo(100_000);
        assertThat(summary.rows(CsvFile.PROJECTS)).isEqualTo(5_000);
        assertThat(summary.rows(CsvFile.COLLABORATIONS)).isGreaterThan(100_000);

        GeneratedFiles files = GeneratedFiles.read(directory);
        TerritoryChecks.assertHeaders(files);
        TerritoryChecks.assertIdsUniqueAndWellFormed(files);
        TerritoryChecks.assertReferencesResolve(files);
        TerritoryChecks.assertVocabularies(files);
        TerritoryChecks.assertPersonsAreExactlyCitizensAndEmployees(files);
        TerritoryChecks.assertTiesWithinActorYears(files);
        for (CsvFile file : CsvFile.values()) {
            assertThat(files.rows(file.fileName())).hasSize((int) summary.rows(file));
        }
    }
}
