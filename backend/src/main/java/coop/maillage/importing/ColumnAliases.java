package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a column of the data format may also have in a spreadsheet or a graph file: French
 * names ({@code nom}, {@code secteur}, {@code date de début}…) and the names other programs use
 * ({@code label}, {@code start}, {@code end}). Names are compared by {@link Names#normalise}, so
 * case, accents and spaces do not count. docs/data-format.md lists them.
 */
final class ColumnAliases {

    /** Aliases of the columns that several files share, applied where the file has the column. */
    private static final Map<String, List<String>> COMMON =
            Map.of(
                    "id", List.of("identifiant", "code", "ref", "référence"),
                    "name", List.of("nom", "intitulé", "libellé", "titre", "label"),
                    "from",
                            List.of(
                                    "début",
                                    "date de début",
                                    "date début",
                                    "depuis",
                                    "start",
                                    "date"),
                    "to", List.of("fin", "date de fin", "date fin", "jusqu'à", "end"),
                    "provenance", List.of("origine de l'information"),
                    "territory", List.of("territoire"));

    private static final Map<CsvFile, Map<String, List<String>>> SPECIFIC =
            new EnumMap<>(CsvFile.class);

    static {
        SPECIFIC.put(
                CsvFile.ACTORS,
                Map.of(
                        "kind", List.of("type", "nature", "catégorie", "type d'acteur"),
                        "sector", List.of("secteur", "silo", "famille"),
                        "commune", List.of("ville", "localité", "lieu"),
                        "person",
                                List.of(
                                        "personne physique",
                                        "personne",
                                        "particulier",
                                        "personne physique ?"),
                        "provenance", List.of("source")));
        SPECIFIC.put(
                CsvFile.PROJECTS,
                Map.ofEntries(
                        Map.entry("domain", List.of("domaine", "thématique", "thème")),
                        Map.entry("stage", List.of("étape", "stade", "phase", "étape 5D")),
                        Map.entry("status", List.of("statut", "état")),
                        Map.entry("legalForm", List.of("forme juridique", "statut juridique")),
                        Map.entry("jobs", List.of("emplois", "emplois créés", "nombre d'emplois")),
                        Map.entry("accompanied", List.of("accompagné", "accompagnement")),
                        Map.entry(
                                "scoreOwnership",
                                List.of("appropriation collective", "score appropriation")),
                        Map.entry(
                                "scoreAnchoring", List.of("ancrage territorial", "score ancrage")),
                        Map.entry("scoreHybrid", List.of("modèle hybride", "score hybridation")),
                        Map.entry("scoreResilience", List.of("résilience", "score résilience")),
                        Map.entry("scoreTotal", List.of("score total", "score", "total")),
                        Map.entry(
                                "emergenceContext",
                                List.of("contexte d'émergence", "contexte émergence")),
                        Map.entry("provenance", List.of("source"))));
        SPECIFIC.put(
                CsvFile.EVENTS,
                Map.of(
                        "type", List.of("nature", "catégorie", "type d'événement"),
                        "participants",
                                List.of("nombre de participants", "nb participants", "public"),
                        "provenance", List.of("source")));
        SPECIFIC.put(
                CsvFile.WORKSHOPS,
                Map.of(
                        "event", List.of("événement"),
                        "project", List.of("projet"),
                        "participants", List.of("nombre de participants", "nb participants"),
                        "provenance", List.of("source")));
        SPECIFIC.put(
                CsvFile.MEMBERSHIPS,
                Map.of(
                        "actor", List.of("acteur", "membre", "sociétaire"),
                        "pole", List.of("pôle"),
                        "college", List.of("collège"),
                        "shares", List.of("parts", "parts sociales", "nombre de parts"),
                        "provenance", List.of("source")));
        SPECIFIC.put(
                CsvFile.PARTICIPATIONS,
                Map.of(
                        "actor", List.of("acteur", "partenaire"),
                        "project", List.of("projet"),
                        "role", List.of("rôle"),
                        "provenance", List.of("source")));
        SPECIFIC.put(
                CsvFile.ATTENDANCES,
                Map.of(
                        "actor", List.of("acteur", "participant"),
                        "target", List.of("événement", "atelier", "cible"),
                        "provenance", List.of("source")));
        SPECIFIC.put(
                CsvFile.COLLABORATIONS,
                Map.of(
                        "source", List.of("acteur 1", "de"),
                        "target", List.of("cible", "acteur 2", "avec"),
                        "kind", List.of("type", "nature"),
                        "weight", List.of("poids", "intensité"),
                        "provenance", List.of("origine")));
        SPECIFIC.put(
                CsvFile.EMERGENCES,
                Map.of(
                        "project", List.of("projet"),
                        "origin", List.of("origine", "événement", "atelier"),
                        "provenance", List.of("source")));
        SPECIFIC.put(
                CsvFile.DUPLICATIONS,
                Map.of("project", List.of("projet"), "provenance", List.of("source")));
        SPECIFIC.put(
                CsvFile.FIGURES,
                Map.of(
                        "subject", List.of("sujet"),
                        "metric", List.of("indicateur", "mesure"),
                        "year", List.of("année"),
                        "value", List.of("valeur"),
                        "quote", List.of("citation"),
                        "usedBySeed", List.of("utilisé par la graine")));
        SPECIFIC.put(CsvFile.TERRITORIES, Map.of("provenance", List.of("source")));
        SPECIFIC.put(CsvFile.COLLEGES, Map.of("provenance", List.of("source")));
    }

    private static final Map<CsvFile, Map<String, String>> BY_FILE = new EnumMap<>(CsvFile.class);

    static {
        for (CsvFile file : CsvFile.values()) {
            Map<String, String> names = new HashMap<>();
            // the specific aliases win over the common ones ("date" of a figure is not its from)
            COMMON.forEach((column, aliases) -> put(file, names, column, aliases));
            SPECIFIC.getOrDefault(file, Map.of())
                    .forEach((column, aliases) -> put(file, names, column, aliases));
            for (String column : file.header()) {
                names.put(Names.normalise(column), column);
            }
            BY_FILE.put(file, Map.copyOf(names));
        }
    }

    private ColumnAliases() {}

    private static void put(
            CsvFile file, Map<String, String> names, String column, List<String> aliases) {
        if (file.header().contains(column)) {
            aliases.forEach(alias -> names.put(Names.normalise(alias), column));
        }
    }

    /** The column of {@code file} that a header names, or null when it names none. */
    static String column(CsvFile file, String header) {
        return BY_FILE.get(file).get(Names.normalise(header));
    }
}
