package coop.maillage.report;

import coop.maillage.report.Provenance.Check;
import coop.maillage.report.Provenance.Counted;
import coop.maillage.report.Provenance.Kind;
import coop.maillage.report.Provenance.RecordCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Says what a year's figures rest on: the records counted for the year split into documented ones
 * (their provenance quotes a source) and illustrative ones (made up to match a documented count),
 * the figures the sources give for the year, and whether the member and staff counts reproduce a
 * documented figure. Pure.
 */
final class Provenances {

    /** The metric names of {@code figures.csv} checked against the records. */
    static final String MEMBERS = "members";

    static final String STAFF = "staff";

    private Provenances() {}

    static Provenance of(ReportFacts facts, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<RecordCount> records =
                List.of(
                        count(
                                Kind.MEMBERSHIPS,
                                facts.memberships(),
                                m -> m.activeOn(end),
                                ReportFacts.Membership::provenance),
                        count(
                                Kind.ACTORS,
                                facts.actors(),
                                a -> a.activeIn(year),
                                ReportFacts.Actor::provenance),
                        count(
                                Kind.PROJECTS,
                                facts.projects(),
                                p -> p.activeIn(year),
                                ReportFacts.Project::provenance),
                        count(
                                Kind.PARTICIPATIONS,
                                facts.participations(),
                                p -> p.activeIn(year),
                                ReportFacts.Participation::provenance),
                        count(
                                Kind.EVENTS,
                                facts.events(),
                                e -> e.startsIn(year),
                                ReportFacts.Event::provenance),
                        count(
                                Kind.WORKSHOPS,
                                facts.workshops(),
                                w -> w.from() != null && w.from().getYear() == year,
                                ReportFacts.Workshop::provenance));
        List<ReportFacts.Figure> figures =
                facts.figures().stream()
                        .filter(
                                f ->
                                        f.year() != null
                                                && (f.year() == year
                                                        || f.year() == year - 1
                                                                && MEMBERS.equals(f.metric())))
                        .sorted(
                                Comparator.comparing(ReportFacts.Figure::year)
                                        .thenComparing(ReportFacts.Figure::metric)
                                        .thenComparing(ReportFacts.Figure::id))
                        .toList();
        List<Check> checks = new ArrayList<>();
        checks.add(check(facts, Counted.MEMBERS, year - 1));
        checks.add(check(facts, Counted.MEMBERS, year));
        checks.add(check(facts, Counted.STAFF, year));
        return new Provenance(records, figures, checks);
    }

    private static Check check(ReportFacts facts, Counted what, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        int computed =
                what == Counted.MEMBERS
                        ? YearFigures.members(facts, end, null)
                        : Indicators.team(facts, end);
        String metric = what == Counted.MEMBERS ? MEMBERS : STAFF;
        ReportFacts.Figure documented =
                facts.figures().stream()
                        .filter(f -> metric.equals(f.metric()) && f.year() != null)
                        .filter(f -> f.year() == year && f.value() == computed)
                        .filter(f -> facts.poleId() == null || facts.poleId().equals(f.subject()))
                        .findFirst()
                        .orElse(null);
        return new Check(what, year, computed, documented);
    }

    private static <T> RecordCount count(
            Kind kind,
            List<T> records,
            Predicate<T> counted,
            java.util.function.Function<T, String> provenance) {
        int documented = 0;
        int illustrative = 0;
        for (T record : records) {
            if (!counted.test(record)) {
                continue;
            }
            if (ReportFacts.illustrative(provenance.apply(record))) {
                illustrative++;
            } else {
                documented++;
            }
        }
        return new RecordCount(kind, documented, illustrative);
    }
}
