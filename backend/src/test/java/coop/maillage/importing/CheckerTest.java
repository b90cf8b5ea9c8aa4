package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.seed.CsvFile;
import coop.maillage.seed.generator.GeneratorParameters;
import coop.maillage.seed.generator.TerritoryGenerator;
import coop.maillage.support.TempFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first pass of an import, without a database: each kind of problem, with its place and its
 * message, and the references left for the database to resolve.
 */
class CheckerTest {

    static final String ACTORS = "id;nom;type;secteur\n";

    @Test
    void shouldFindTheSeparatorTheHeaderUses() throws IOException {
        assertThat(problems("acteurs.csv", "id,nom,type,secteur\na1,A,COMPANY,ENTREPRISE\n"))
                .isEmpty();
        assertThat(problems("acteurs.csv", "id\tnom\ttype\tsecteur\na1\tA\tCOMPANY\tESS\n"))
                .isEmpty();
        assertThat(
                        problems(
                                "acteurs.csv",
                                "id;nom;type;secteur;\"Remarque, libre\"\na1;A;COMPANY;ESS;x, y\n"))
                .isEmpty();
    }

    @Test
    void shouldNameTheMissingColumnsAndTheirFile() throws IOException {
        assertThat(problems("acteurs.csv", "id;nom\na1;A\n"))
                .containsExactly(
                        "acteurs.csv:1:kind: missing column; actors.csv needs the columns [id,"
                                + " name, kind, sector] (docs/data-format.md lists their French"
                                + " names)",
                        "acteurs.csv:1:sector: missing column; actors.csv needs the columns [id,"
                                + " name, kind, sector] (docs/data-format.md lists their French"
                                + " names)");
    }

    @Test
    void shouldRefuseTwoColumnsForOneField() throws IOException {
        assertThat(problems("acteurs.csv", "id;nom;Name;type;secteur\na1;A;A;COMPANY;ESS\n"))
                .containsExactly(
                        "acteurs.csv:1:Name: this column and 'nom' both give name; remove or"
                                + " rename one of them");
    }

    @Test
    void shouldSayWhatIsWrongWithEachCell() throws IOException {
        String file =
                "id;nom;type;secteur;personne physique;début;fin\n"
                        + "a 1;A;COMPANY;ESS;non;2020;2019\n"
                        + "a2;;CITIZEN;CITOYEN;non;;\n"
                        + "a2;C;COMPANY;ESS;;;\n";

        assertThat(problems("acteurs.csv", file))
                .containsExactly(
                        "acteurs.csv:2:id: 'a 1': not an id; write at most 100 letters, digits"
                                + " and . _ : - (no spaces)",
                        "acteurs.csv:2:fin: '2019-12-31': before the start (2020-01-01); swap"
                                + " the two dates or correct one of them",
                        "acteurs.csv:3:nom: empty; every row needs a name",
                        "acteurs.csv:3:personne physique: 'false': disagrees with the kind"
                                + " CITIZEN; a person is a CITIZEN or an EMPLOYEE, and only they"
                                + " are",
                        "acteurs.csv:4:id: 'a2': duplicate id: another row of actors.csv has it;"
                                + " give each row its own id");
    }

    @Test
    void shouldRefuseAValueInAColumnWithoutAHeader() throws IOException {
        assertThat(problems("acteurs.csv", ACTORS + "a1;A;COMPANY;ESS;;\na2;B;COMPANY;ESS;x\n"))
                .containsExactly(
                        "acteurs.csv:3:column 5: 'x': a value in a column without a header; give"
                                + " the column a header");
    }

    @Test
    void shouldSkipBlankRowsAsSpreadsheetsSaveThem() throws IOException {
        assertThat(problems("acteurs.csv", ACTORS + "a1;A;COMPANY;ESS\n;;;\n\n")).isEmpty();
    }

    @Test
    void shouldSayWhereTheCsvIsMalformed() throws IOException {
        assertThat(problems("acteurs.csv", ACTORS + "a1;A;COMPANY;ESS\na2;\"B;COMPANY;ESS\n"))
                .singleElement()
                .asString()
                .startsWith("acteurs.csv:3: the CSV is malformed (");
    }

    @Test
    void shouldAskForUtf8() throws IOException {
        byte[] latin1 = (ACTORS + "a1;Société;COMPANY;ESS\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems("acteurs.csv", latin1))
                .containsExactly(
                        "acteurs.csv: the file is not UTF-8 text; save it as UTF-8 (\"CSV UTF-8\""
                                + " in a spreadsheet)");
    }

    @Test
    void shouldNameTheFileWhoseNameSaysNothing() throws IOException {
        assertThat(problems("liste.csv", ACTORS))
                .singleElement()
                .asString()
                .startsWith("liste.csv: the file's name does not say which records it holds");
    }

    @Test
    void shouldCheckTheFieldsAUserMappingNames() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "acteurs.csv",
                (ACTORS.replace("secteur", "Famille") + "a1;A;COMPANY;ESS\n").getBytes());
        files.put("mapping.csv", "fichier;colonne;champ\nacteurs;Famille;secteur\n".getBytes());
        assertThat(problems("equipe.zip", ImportFiles.zip(files)))
                .containsExactly(
                        "acteurs.csv:1:Famille: 'secteur': the column mapping names a field that"
                                + " actors.csv does not have; expected one of [id, name, kind,"
                                + " sector, commune, person, from, to, territory, provenance]",
                        "acteurs.csv:1:sector: missing column; actors.csv needs the columns [id,"
                                + " name, kind, sector] (docs/data-format.md lists their French"
                                + " names)");
        files.put("mapping.csv", "fichier;colonne;champ\nacteurs;Famille;sector\n".getBytes());
        assertThat(problems("equipe.zip", ImportFiles.zip(files))).isEmpty();
    }

    @Test
    void shouldLeaveReferencesToOtherRecordsForTheDatabase() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("acteurs.csv", (ACTORS + "a1;A;COMPANY;ESS\n").getBytes());
        files.put("collaborations.csv", "id;source;cible;type\nc1;a1;a9;partenariat\n".getBytes());
        try (ImportSource source = source("equipe.zip", ImportFiles.zip(files))) {
            Checker checker = new Checker(source.mapping(), source.problems(), Progress.NONE);
            checker.check(source.tables());

            assertThat(source.problems().isEmpty()).isTrue();
            assertThat(checker.pending())
                    .singleElement()
                    .satisfies(
                            p -> {
                                assertThat(p.value()).isEqualTo("a9");
                                assertThat(p.column()).isEqualTo("cible");
                                assertThat(p.line()).isEqualTo(2);
                            });
        }
    }

    @Test
    void shouldRefuseACollaborationOfAnActorWithItself() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("acteurs.csv", (ACTORS + "a1;A;COMPANY;ESS\n").getBytes());
        files.put("collaborations.csv", "id;source;cible;type\nc1;a1;a1;partenariat\n".getBytes());

        assertThat(problems("equipe.zip", ImportFiles.zip(files)))
                .containsExactly(
                        "collaborations.csv:2:cible: 'a1': is also the source: a row of"
                                + " collaborations.csv joins two different actors; correct one"
                                + " of them");
    }

    @Test
    void shouldRefuseAGraphMlKeyWithoutIdNorName() throws IOException {
        String graphml =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key for="node" attr.type="string"/>
                  <graph edgedefault="undirected"><node id="a1"/></graph>
                </graphml>
                """;
        assertThat(problems("territoire.graphml", graphml))
                .containsExactly(
                        "territoire.graphml:3: an attribute declaration has neither id nor"
                                + " attr.name; give it both");
    }

    @Test
    void shouldFindNoProblemInTheSeedOrAGeneratedTerritory() throws IOException {
        Map<String, byte[]> seed = new LinkedHashMap<>();
        Map<String, byte[]> generated = new LinkedHashMap<>();
        Path directory = Files.createTempDirectory("territory-");
        try {
            TerritoryGenerator.generate(GeneratorParameters.defaults(), directory);
            for (CsvFile file : CsvFile.values()) {
                try (var in =
                        getClass().getResourceAsStream("/seed/clusterjura/" + file.fileName())) {
                    if (in != null) {
                        seed.put(file.fileName(), in.readAllBytes());
                    }
                }
                generated.put(
                        file.fileName(), Files.readAllBytes(directory.resolve(file.fileName())));
            }
        } finally {
            TempFiles.delete(directory);
        }

        assertThat(seed).hasSizeGreaterThan(10);
        assertThat(problems("seed.zip", ImportFiles.zip(seed))).isEmpty();
        assertThat(problems("territory.zip", ImportFiles.zip(generated))).isEmpty();
    }

    static List<String> problems(String name, String text) throws IOException {
        return problems(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> problems(String name, byte[] content) throws IOException {
        try (ImportSource source = source(name, content)) {
            new Checker(source.mapping(), source.problems(), Progress.NONE).check(source.tables());
            return source.problems().listed().stream().map(ImportProblem::toString).toList();
        }
    }

    static ImportSource source(String name, byte[] content) throws IOException {
        return ImportSource.of(name, new ByteArrayInputStream(content), null, 1 << 20);
    }
}
