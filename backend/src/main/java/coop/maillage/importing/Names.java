package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How names written by people are compared: case, accents, spaces and punctuation do not count
 * ({@code Date de début}, {@code date_de_debut} and {@code DateDeDebut} are the same name). Also
 * which entity a file or sheet holds, from its name: the data format's file names, their French
 * names, singular or plural ({@code actors.csv}, {@code Acteurs}, {@code projet.csv}…).
 */
final class Names {

    private static final Map<String, CsvFile> ENTITIES = new HashMap<>();

    static {
        entity(CsvFile.TERRITORIES, "territories", "territoires", "territoire", "territory");
        entity(CsvFile.COLLEGES, "colleges", "college");
        entity(CsvFile.ACTORS, "actors", "actor", "acteurs", "acteur");
        entity(CsvFile.PROJECTS, "projects", "project", "projets", "projet");
        entity(CsvFile.EVENTS, "events", "event", "evenements", "evenement");
        entity(CsvFile.WORKSHOPS, "workshops", "workshop", "ateliers", "atelier");
        entity(
                CsvFile.MEMBERSHIPS,
                "memberships",
                "membership",
                "adhesions",
                "adhesion",
                "societaires",
                "societariat");
        entity(CsvFile.PARTICIPATIONS, "participations", "participation");
        entity(CsvFile.ATTENDANCES, "attendances", "attendance", "presences", "presence");
        entity(
                CsvFile.COLLABORATIONS,
                "collaborations",
                "collaboration",
                "cooperations",
                "cooperation");
        entity(CsvFile.EMERGENCES, "emergences", "emergence");
        entity(CsvFile.DUPLICATIONS, "duplications", "duplication", "essaimages", "essaimage");
        entity(CsvFile.FIGURES, "figures", "figure", "chiffres");
    }

    private Names() {}

    private static void entity(CsvFile file, String... names) {
        for (String name : names) {
            ENTITIES.put(name, file);
        }
    }

    /**
     * The name without accents, case, spaces or punctuation: {@code Début (année)} → debutannee.
     */
    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder();
        for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            // combining accents are not letters: NFD leaves "é" as "e" and a mark, which goes
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString().replace("œ", "oe").replace("æ", "ae");
    }

    /**
     * The entity a file or sheet named {@code name} holds, from its name without extension or
     * folder: {@code data/Acteurs.csv} holds actors.
     */
    static Optional<CsvFile> entity(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        return Optional.ofNullable(ENTITIES.get(normalise(base)));
    }

    /** The names a file or sheet of each entity may have, for messages. */
    static String entityNames() {
        return "actors (acteurs), projects (projets), events (evenements), workshops (ateliers),"
                + " memberships (adhesions), participations, attendances (presences),"
                + " collaborations, emergences, duplications, territories (territoires),"
                + " colleges, figures";
    }
}
