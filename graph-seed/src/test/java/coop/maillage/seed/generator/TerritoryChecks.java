package coop.maillage.seed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of {@code docs/data-format.md}, checked on a generated territory. */
final class TerritoryChecks {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private TerritoryChecks() {}

    static void assertHeaders(GeneratedFiles files) {
        GeneratedFiles.HEADERS.forEach(
                (file, header) -> assertThat(files.header(file)).as(file).isEqualTo(header));
    }

    static void assertIdsUniqueAndWellFormed(GeneratedFiles files) {
        for (String file : GeneratedFiles.HEADERS.keySet()) {
            List<String> ids = files.column(file, "id");
            assertThat(ids)
                    .as(file)
                    .doesNotHaveDuplicates()
                    .allMatch(id -> ID.matcher(id).matches());
        }
    }

    static void assertReferencesResolve(GeneratedFiles files) {
        Set<String> actors = files.ids("actors.csv");
        Set<String> projects = files.ids("projects.csv");
        Set<String> events = files.ids("events.csv");
        Set<String> workshops = files.ids("workshops.csv");
        Set<String> territories = files.ids("territories.csv");
        Set<String> targets = new HashSet<>(events);
        targets.addAll(workshops);
        Set<String> poles = new HashSet<>();
        for (Map<String, String> actor : files.rows("actors.csv")) {
            if (actor.get("kind").equals("POLE")) {
                poles.add(actor.get("id"));
            }
        }
        assertIn(files, "actors.csv", "territory", territories);
        assertIn(files, "projects.csv", "territory", territories);
        assertIn(files, "events.csv", "territory", territories);
        assertIn(files, "workshops.csv", "event", events);
        assertIn(files, "memberships.csv", "actor", actors);
        assertIn(files, "memberships.csv", "pole", poles);
        assertIn(files, "memberships.csv", "college", files.ids("colleges.csv"));
        assertIn(files, "participations.csv", "actor", actors);
        assertIn(files, "participations.csv", "project", projects);
        assertIn(files, "attendances.csv", "actor", actors);
        assertIn(files, "attendances.csv", "target", targets);
        assertIn(files, "collaborations.csv", "source", actors);
        assertIn(files, "collaborations.csv", "target", actors);
        assertIn(files, "emergences.csv", "project", projects);
        assertIn(files, "emergences.csv", "origin", targets);
        assertIn(files, "duplications.csv", "project", projects);
        assertIn(files, "duplications.csv", "territory", territories);
        assertThat(files.column("workshops.csv", "project"))
                .filteredOn(project -> !project.isEmpty())
                .allMatch(projects::contains);
    }

    private static void assertIn(
            GeneratedFiles files, String file, String column, Set<String> ids) {
        assertThat(files.column(file, column)).as(file + " " + column).allMatch(ids::contains);
    }

    static void assertVocabularies(GeneratedFiles files) {
        assertThat(files.column("actors.csv", "kind"))
                .allMatch(GeneratedFiles.ACTOR_KINDS::contains);
        assertThat(files.column("actors.csv", "sector")).allMatch(GeneratedFiles.SECTORS::contains);
        assertThat(files.column("projects.csv", "stage")).allMatch(GeneratedFiles.STAGES::contains);
        assertThat(files.column("projects.csv", "status"))
                .allMatch(GeneratedFiles.STATUSES::contains);
        assertThat(files.column("events.csv", "type"))
                .allMatch(GeneratedFiles.EVENT_TYPES::contains);
        assertThat(files.column("participations.csv", "role"))
                .allMatch(GeneratedFiles.ROLES::contains);
        assertThat(files.column("collaborations.csv", "kind"))
                .allMatch(GeneratedFiles.TIE_KINDS::contains);
        assertThat(files.column("collaborations.csv", "weight"))
                .allMatch(weight -> Double.parseDouble(weight) > 0);
        assertThat(files.column("actors.csv", "person")).allMatch(b -> b.matches("true|false"));
        assertThat(files.column("projects.csv", "accompanied"))
                .allMatch(b -> b.matches("true|false"));
    }

    static void assertPersonsAreExactlyCitizensAndEmployees(GeneratedFiles files) {
        for (Map<String, String> actor : files.rows("actors.csv")) {
            boolean natural = Set.of("CITIZEN", "EMPLOYEE").contains(actor.get("kind"));
            assertThat(actor.get("person"))
                    .as(actor.get("id"))
                    .isEqualTo(Boolean.toString(natural));
        }
    }

    static void assertDatesWellFormedAndOrdered(GeneratedFiles files) {
        for (String file : GeneratedFiles.HEADERS.keySet()) {
            for (Map<String, String> row : files.rows(file)) {
                String from = row.getOrDefault("from", "");
                String to = row.getOrDefault("to", "");
                assertThat(from)
                        .as(file + " " + row.get("id"))
                        .matches(s -> s.isEmpty() || DATE.matcher(s).matches());
                assertThat(to)
                        .as(file + " " + row.get("id"))
                        .matches(s -> s.isEmpty() || DATE.matcher(s).matches());
                if (!to.isEmpty()) {
                    assertThat(to).as(file + " " + row.get("id")).isGreaterThanOrEqualTo(from);
                }
            }
        }
    }

    /** A participation or collaboration lies within the years of the actors it joins. */
    static void assertTiesWithinActorYears(GeneratedFiles files) {
        Map<String, Map<String, String>> actors = files.byId("actors.csv");
        for (Map<String, String> row : files.rows("participations.csv")) {
            assertWithin(row, actors.get(row.get("actor")));
        }
        for (Map<String, String> row : files.rows("collaborations.csv")) {
            assertWithin(row, actors.get(row.get("source")));
            assertWithin(row, actors.get(row.get("target")));
        }
    }

    private static void assertWithin(Map<String, String> tie, Map<String, String> actor) {
        String what = tie.get("id") + " / " + actor.get("id");
        assertThat(tie.get("from")).as(what).isGreaterThanOrEqualTo(actor.get("from"));
        if (!actor.get("to").isEmpty()) {
            assertThat(tie.get("to")).as(what).isNotEmpty().isLessThanOrEqualTo(actor.get("to"));
        }
    }

    /** One lead and 2 to 8 other participants, the pole's facilitation apart. */
    static void assertProjectCollectives(GeneratedFiles files) {
        Map<String, Integer> leads = new HashMap<>();
        Map<String, Integer> others = new HashMap<>();
        for (Map<String, String> row : files.rows("participations.csv")) {
            String role = row.get("role");
            if (role.equals("LEAD")) {
                leads.merge(row.get("project"), 1, Integer::sum);
            } else if (!role.equals("FACILITATOR")) {
                others.merge(row.get("project"), 1, Integer::sum);
            }
        }
        for (String project : files.column("projects.csv", "id")) {
            assertThat(leads.get(project)).as(project).isEqualTo(1);
            assertThat(others.get(project)).as(project).isBetween(2, 8);
        }
    }

    static void assertScoresAddUp(GeneratedFiles files) {
        for (Map<String, String> project : files.rows("projects.csv")) {
            int sum = 0;
            for (String pillar :
                    List.of("scoreOwnership", "scoreAnchoring", "scoreHybrid", "scoreResilience")) {
                sum += Integer.parseInt(project.get(pillar));
            }
            assertThat(Integer.parseInt(project.get("scoreTotal"))).isEqualTo(sum);
        }
    }
}
