package coop.maillage.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the {@link KeyFigures} of a year from the records. Members are counted on 31 December (the
 * reference date of the pole's documents: 54 members in 2018, 80 in 2019, 96 in 2024); projects,
 * events and workshops in the calendar year. Pure; O(r log r) over the r records.
 */
final class YearFigures {

    /** The row and column of a project without stage or status. */
    static final String NONE = "—";

    private YearFigures() {}

    static KeyFigures of(ReportFacts facts, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate before = LocalDate.of(year - 1, 12, 31);
        List<ReportFacts.Project> active =
                facts.projects().stream().filter(p -> p.activeIn(year)).toList();
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        for (ReportFacts.Project project : active) {
            table.computeIfAbsent(orNone(project.stage()), s -> new TreeMap<>())
                    .merge(orNone(project.status()), 1, Integer::sum);
        }
        List<ReportFacts.Project> withJobs = active.stream().filter(p -> p.jobs() != null).toList();
        return new KeyFigures(
                year,
                members(facts, end, null),
                members(facts, before, null),
                colleges(facts, end, before),
                table,
                active.size(),
                (int) facts.projects().stream().filter(p -> p.startsIn(year)).count(),
                withJobs.stream().mapToInt(ReportFacts.Project::jobs).sum(),
                withJobs.size(),
                events(facts, year),
                (int) workshops(facts, year).count(),
                workshops(facts, year)
                        .mapToInt(w -> w.participants() == null ? 0 : w.participants())
                        .sum());
    }

    /** Members on {@code day}, of one college or (null) of all. */
    static int members(ReportFacts facts, LocalDate day, String college) {
        return (int)
                facts.memberships().stream()
                        .filter(m -> m.activeOn(day))
                        .filter(m -> college == null || college.equals(m.college()))
                        .count();
    }

    private static List<KeyFigures.CollegeCount> colleges(
            ReportFacts facts, LocalDate end, LocalDate before) {
        List<KeyFigures.CollegeCount> counts = new ArrayList<>();
        for (ReportFacts.College college : facts.colleges()) {
            counts.add(
                    new KeyFigures.CollegeCount(
                            college.id(),
                            college.name() == null ? college.id() : college.name(),
                            members(facts, end, college.id()),
                            members(facts, before, college.id())));
        }
        counts.sort(Comparator.comparing(KeyFigures.CollegeCount::name));
        return counts;
    }

    private static List<KeyFigures.EventCount> events(ReportFacts facts, int year) {
        Map<String, int[]> byType = new TreeMap<>();
        for (ReportFacts.Event event : facts.events()) {
            if (!event.startsIn(year)) {
                continue;
            }
            int[] count = byType.computeIfAbsent(orNone(event.type()), t -> new int[3]);
            count[0]++;
            if (event.participants() == null) {
                count[2]++;
            } else {
                count[1] += event.participants();
            }
        }
        List<KeyFigures.EventCount> counts = new ArrayList<>();
        byType.forEach((type, c) -> counts.add(new KeyFigures.EventCount(type, c[0], c[1], c[2])));
        return counts;
    }

    private static java.util.stream.Stream<ReportFacts.Workshop> workshops(
            ReportFacts facts, int year) {
        return facts.workshops().stream()
                .filter(w -> w.from() != null && w.from().getYear() == year);
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
