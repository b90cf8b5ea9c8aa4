package coop.maillage.seed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerritoryGeneratorTest {

    private static final GeneratorParameters TWO_THOUSAND =
            GeneratorParameters.defaults().withActors(2_000).withSeed(7);

    @TempDir static Path shared;

    private static GenerationSummary summary;
    private static GeneratedFiles files;

    @BeforeAll
    static void generateTwoThousandActors() throws IOException {
        summary = TerritoryGenerator.generate(TWO_THOUSAND, shared);
        files = GeneratedFiles.read(shared);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 2_000})
    void shouldWriteAsManyActorsAsAsked(int actors, @TempDir Path directory) throws IOException {
        GeneratorParameters parameters = GeneratorParameters.defaults().withActors(actors);

        GenerationSummary written = TerritoryGenerator.generate(parameters, directory);

        GeneratedFiles read = GeneratedFiles.read(directory);
        assertThat(read.rows("actors.csv")).hasSize(actors);
        assertThat(written.rows(CsvFile.ACTORS)).isEqualTo(actors);
        assertThat(read.rows("projects.csv"))
                .hasSize(parameters.projectsPerYear() * parameters.years());
        TerritoryChecks.assertReferencesResolve(read);
    }

    @Test
    void shouldGiveIdenticalBytesForTheSameSeed(@TempDir Path again) throws IOException {
        TerritoryGenerator.generate(TWO_THOUSAND, again);

        for (String file : GeneratedFiles.HEADERS.keySet()) {
            assertThat(Files.readAllBytes(again.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(shared.resolve(file)));
        }
    }

    @Test
    void shouldGiveDifferentFilesForAnotherSeed(@TempDir Path other) throws IOException {
        TerritoryGenerator.generate(TWO_THOUSAND.withSeed(8), other);

        for (String file :
                List.of("actors.csv", "projects.csv", "collaborations.csv", "attendances.csv")) {
            assertThat(Files.readAllBytes(other.resolve(file)))
                    .as(file)
                    .isNotEqualTo(Files.readAllBytes(shared.resolve(file)));
        }
    }

    @Test
    void shouldWriteEveryFileOfTheFormatWithItsHeader() {
        TerritoryChecks.assertHeaders(files);
        assertThat(files.rows("figures.csv")).isEmpty();
    }

    @Test
    void shouldCountTheRowsItWrote() {
        for (CsvFile file : CsvFile.values()) {
            assertThat(summary.rows(file))
                    .as(file.fileName())
                    .isEqualTo(files.rows(file.fileName()).size());
        }
        assertThat(summary.directory()).isEqualTo(shared);
    }

    @Test
    void shouldFillEveryFileThatTheModelFeeds() {
        for (String file : GeneratedFiles.HEADERS.keySet()) {
            if (!file.equals("figures.csv")) {
                assertThat(files.rows(file)).as(file).isNotEmpty();
            }
        }
    }

    @Test
    void shouldResolveEveryReference() {
        TerritoryChecks.assertReferencesResolve(files);
    }

    @Test
    void shouldKeepIdsUniqueAndWellFormed() {
        TerritoryChecks.assertIdsUniqueAndWellFormed(files);
    }

    @Test
    void shouldUseOnlyTheFormatsVocabularies() {
        TerritoryChecks.assertVocabularies(files);
    }

    @Test
    void shouldMarkExactlyCitizensAndEmployeesAsPersons() {
        TerritoryChecks.assertPersonsAreExactlyCitizensAndEmployees(files);
        assertThat(files.column("actors.csv", "person")).contains("true", "false");
    }

    @Test
    void shouldWriteWellFormedOrderedDates() {
        TerritoryChecks.assertDatesWellFormedAndOrdered(files);
        TerritoryChecks.assertTiesWithinActorYears(files);
    }

    @Test
    void shouldGiveEachProjectOneLeadAndTwoToEightParticipants() {
        TerritoryChecks.assertProjectCollectives(files);
        TerritoryChecks.assertScoresAddUp(files);
    }

    @Test
    void shouldPlaceThePoleInTheSyntheticTerritory() {
        Map<String, String> pole = files.byId("actors.csv").get("pole");

        assertThat(pole).containsEntry("kind", "POLE").containsEntry("sector", "ESS");
        assertThat(pole).containsEntry("territory", "synthetic").containsEntry("from", "2015");
        assertThat(files.column("actors.csv", "kind")).filteredOn("POLE"::equals).hasSize(1);
        assertThat(files.column("memberships.csv", "pole")).containsOnly("pole");
        assertThat(files.column("colleges.csv", "id")).hasSize(6);
    }

    @Test
    void shouldMarkEveryRowAsIllustrativeWithItsSeed() {
        for (String file : GeneratedFiles.HEADERS.keySet()) {
            if (!file.equals("figures.csv")) {
                assertThat(files.column(file, "provenance"))
                        .as(file)
                        .containsOnly("illustrative: synthetic territory, seed 7");
            }
        }
    }
}
