package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.seed.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as people write them: files, sheets, columns and vocabulary values. */
class NamesTest {

    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource({
        "actors.csv,ACTORS",
        "Acteurs.CSV,ACTORS",
        "data/acteur.csv,ACTORS",
        "Projets,PROJECTS",
        "événements.csv,EVENTS",
        "Ateliers,WORKSHOPS",
        "Sociétaires,MEMBERSHIPS",
        "présences.csv,ATTENDANCES",
        "Coopérations,COLLABORATIONS",
        "essaimages.csv,DUPLICATIONS",
        "territoires,TERRITORIES"
    })
    void shouldKnowTheEntityOfAFileFromItsName(String name, CsvFile entity) {
        assertThat(Names.entity(name)).hasValue(entity);
    }

    @Test
    void shouldKnowNoEntityForAnotherName() {
        assertThat(Names.entity("Lisez-moi.csv")).isEmpty();
    }

    @ParameterizedTest(name = "{1}: {0} is {2}")
    @CsvSource({
        "Nom,ACTORS,name",
        "NOM,PROJECTS,name",
        "Intitulé,PROJECTS,name",
        "Date de début,ACTORS,from",
        "date_de_debut,ACTORS,from",
        "Début,EVENTS,from",
        "Date,EVENTS,from",
        "Fin,PROJECTS,to",
        "Secteur,ACTORS,sector",
        "Type,ACTORS,kind",
        "Nature,ACTORS,kind",
        "Type,EVENTS,type",
        "Personne physique,ACTORS,person",
        "Emplois,PROJECTS,jobs",
        "Étape,PROJECTS,stage",
        "Forme juridique,PROJECTS,legalForm",
        "legal form,PROJECTS,legalForm",
        "Score total,PROJECTS,scoreTotal",
        "Rôle,PARTICIPATIONS,role",
        "Acteur 2,COLLABORATIONS,target",
        "source,COLLABORATIONS,source",
        "source,FIGURES,source",
        "source,ACTORS,provenance",
        "Poids,COLLABORATIONS,weight",
        "Parts sociales,MEMBERSHIPS,shares",
        "label,ACTORS,name",
        "start,ACTORS,from",
        "end,COLLABORATIONS,to"
    })
    void shouldKnowTheFrenchAndOtherNamesOfEachColumn(String header, CsvFile file, String column) {
        assertThat(ColumnAliases.column(file, header)).isEqualTo(column);
    }

    @Test
    void shouldKnowNoColumnForAnotherHeader() {
        assertThat(ColumnAliases.column(CsvFile.ACTORS, "Téléphone")).isNull();
        assertThat(ColumnAliases.column(CsvFile.ACTORS, "Étape")).isNull();
    }

    @ParameterizedTest(name = "{1}.{2}: {0} is {3}")
    @CsvSource({
        "coopérative,ACTORS,kind,COOPERATIVE",
        "Collectivité,ACTORS,kind,LOCAL_GOVERNMENT",
        "local government,ACTORS,kind,LOCAL_GOVERNMENT",
        "research-training,ACTORS,kind,RESEARCH_TRAINING",
        "salarié,ACTORS,kind,EMPLOYEE",
        "Citoyen,ACTORS,sector,CITOYEN",
        "ess,ACTORS,sector,ESS",
        "d3,PROJECTS,stage,D3",
        "en émergence,PROJECTS,status,EMERGING",
        "Idée,PROJECTS,status,IDEA",
        "AG,EVENTS,type,ASSEMBLEE_GENERALE",
        "Défi créatif,EVENTS,type,DEFI_CREATIF",
        "porteur,PARTICIPATIONS,role,LEAD",
        "Bénéficiaire,PARTICIPATIONS,role,BENEFICIARY",
        "mutualisation,COLLABORATIONS,kind,POOLING"
    })
    void shouldReadVocabularyValuesWhateverTheirCaseAccentsOrLanguage(
            String cell, CsvFile file, String column, String expected) {
        assertThat(Vocabularies.of(file, column).canonical(cell)).isEqualTo(expected);
    }

    @Test
    void shouldSayWhichValuesAreExpected() {
        assertThatThrownBy(() -> Vocabularies.of(CsvFile.PROJECTS, "stage").canonical("D6"))
                .hasMessage("not a 5D stage; expected one of D1, D2, D3, D4, D5");
        assertThatThrownBy(() -> Vocabularies.of(CsvFile.ACTORS, "sector").canonical("Industrie"))
                .hasMessage(
                        "not a sector; expected one of ESS, ENTREPRISE, PUBLIC, RECHERCHE,"
                                + " CITOYEN, FINANCEUR");
    }

    @Test
    void shouldHaveNoVocabularyForFreeText() {
        assertThat(Vocabularies.of(CsvFile.PROJECTS, "legalForm")).isNull();
    }
}
