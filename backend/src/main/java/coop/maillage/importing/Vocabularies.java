package coop.maillage.importing;

import coop.maillage.actor.ActorKind;
import coop.maillage.actor.Sector;
import coop.maillage.collaboration.CollaborationKind;
import coop.maillage.event.EventType;
import coop.maillage.project.ParticipationRole;
import coop.maillage.project.ProjectStage;
import coop.maillage.project.ProjectStatus;
import coop.maillage.seed.CsvFile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The closed lists of values of the data format (docs/data-format.md, "Vocabularies"): each
 * column's allowed values, read whatever their case, accents or separators ({@code local
 * government} is {@code LOCAL_GOVERNMENT}), and their French names ({@code collectivité}, {@code
 * porteur}, {@code idée}…).
 */
final class Vocabularies {

    /** One column's values. */
    record Vocabulary(String what, Map<String, String> values, String expected) {

        /** The value's name in the data format; else an exception saying what is expected. */
        String canonical(String cell) {
            String found = values.get(Names.normalise(cell));
            if (found == null) {
                throw new IllegalArgumentException("not " + what + "; expected one of " + expected);
            }
            return found;
        }
    }

    private static final Map<CsvFile, Map<String, Vocabulary>> BY_FILE = new HashMap<>();

    static {
        add(
                CsvFile.ACTORS,
                "kind",
                vocabulary(
                        "an actor kind",
                        ActorKind.class,
                        "pole=POLE",
                        "pôle=POLE",
                        "entreprise=COMPANY",
                        "société=COMPANY",
                        "collectivité=LOCAL_GOVERNMENT",
                        "collectivité territoriale=LOCAL_GOVERNMENT",
                        "commune=LOCAL_GOVERNMENT",
                        "organisme public=PUBLIC_BODY",
                        "établissement public=PUBLIC_BODY",
                        "coopérative=COOPERATIVE",
                        "recherche=RESEARCH_TRAINING",
                        "formation=RESEARCH_TRAINING",
                        "recherche formation=RESEARCH_TRAINING",
                        "financeur=FUNDER",
                        "réseau d'accompagnement=SUPPORT_NETWORK",
                        "accompagnement=SUPPORT_NETWORK",
                        "réseau=NETWORK",
                        "citoyen=CITIZEN",
                        "habitant=CITIZEN",
                        "salarié=EMPLOYEE"));
        add(
                CsvFile.ACTORS,
                "sector",
                vocabulary(
                        "a sector",
                        Sector.class,
                        "économie sociale et solidaire=ESS",
                        "entreprises=ENTREPRISE",
                        "public=PUBLIC",
                        "recherche formation=RECHERCHE",
                        "citoyens=CITOYEN",
                        "financeurs=FINANCEUR"));
        add(CsvFile.PROJECTS, "stage", vocabulary("a 5D stage", ProjectStage.class));
        add(
                CsvFile.PROJECTS,
                "status",
                vocabulary(
                        "a project status",
                        ProjectStatus.class,
                        "idée=IDEA",
                        "émergence=EMERGING",
                        "en émergence=EMERGING",
                        "émergent=EMERGING",
                        "actif=ACTIVE",
                        "en cours=ACTIVE",
                        "arrêté=STOPPED",
                        "abandonné=STOPPED"));
        add(
                CsvFile.EVENTS,
                "type",
                vocabulary(
                        "an event type",
                        EventType.class,
                        "start-up de territoire=STARTUP_DE_TERRITOIRE",
                        "défi territorial=DEFI_TERRITORIAL",
                        "défi créatif=DEFI_CREATIF",
                        "défi prototypage=DEFI_PROTOTYPAGE",
                        "assemblée générale=ASSEMBLEE_GENERALE",
                        "AG=ASSEMBLEE_GENERALE",
                        "réunion de collège=REUNION_COLLEGE",
                        "autre=OTHER"));
        add(
                CsvFile.PARTICIPATIONS,
                "role",
                vocabulary(
                        "a participation role",
                        ParticipationRole.class,
                        "porteur=LEAD",
                        "chef de file=LEAD",
                        "partenaire=PARTNER",
                        "financeur=FUNDER",
                        "animateur=FACILITATOR",
                        "facilitateur=FACILITATOR",
                        "bénéficiaire=BENEFICIARY"));
        add(
                CsvFile.COLLABORATIONS,
                "kind",
                vocabulary(
                        "a collaboration kind",
                        CollaborationKind.class,
                        "partenariat=PARTNERSHIP",
                        "mutualisation=POOLING",
                        "convention=AGREEMENT",
                        "accord=AGREEMENT",
                        "financement=FUNDING",
                        "soutien=SUPPORT",
                        "accompagnement=SUPPORT",
                        "réseau=NETWORK"));
    }

    private Vocabularies() {}

    /** The vocabulary of a column of a file, or null when its values are free. */
    static Vocabulary of(CsvFile file, String column) {
        return BY_FILE.getOrDefault(file, Map.of()).get(column);
    }

    private static void add(CsvFile file, String column, Vocabulary vocabulary) {
        BY_FILE.computeIfAbsent(file, f -> new HashMap<>()).put(column, vocabulary);
    }

    private static <E extends Enum<E>> Vocabulary vocabulary(
            String what, Class<E> type, String... frenchNames) {
        Map<String, String> values = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            values.put(Names.normalise(constant.name()), constant.name());
        }
        for (String pair : frenchNames) {
            int equals = pair.indexOf('=');
            String name = pair.substring(equals + 1);
            Enum.valueOf(type, name);
            values.put(Names.normalise(pair.substring(0, equals)), name);
        }
        String expected =
                Arrays.stream(type.getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.joining(", "));
        return new Vocabulary(what, Map.copyOf(values), expected);
    }
}
