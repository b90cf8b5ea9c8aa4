package coop.maillage.report;

import coop.maillage.report.Indicator.Basis;
import coop.maillage.report.Indicator.Count;
import coop.maillage.report.Indicator.Kind;
import coop.maillage.report.Indicator.Missing;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The impact indicators the pole's team listed in 2014 (seed document 002, part 3: « le nombre
 * d'emplois créés par an […], le chiffre d'affaire par nombre d'emplois, le chiffre d'affaire
 * généré par projet, le nombre de projets qui proviennent d'opportunités d'entreprendre qualifiées,
 * le nombre d'idées prises par des porteurs, le nombre de porteurs parmi les partenaires et enfin
 * le nombre de partenaires en fonction du nombre des membres de l'équipe »), computed for one year
 * where the records allow it, else "not enough data" with the reason:
 *
 * <ul>
 *   <li>jobs created in Y: Σ {@code jobs} of the projects started in Y that record it;
 *   <li>revenue per job, revenue per project: the data model records no revenue;
 *   <li>projects from qualified opportunities: of the projects started by 31 December Y, those that
 *       emerged from one of the pole's events or workshops (the 5D challenges and the Start-Up de
 *       Territoire evenings are where it qualifies opportunities);
 *   <li>ideas taken up by a project lead: of those emerged projects (the ideas), the ones with a
 *       lead other than the pole whose participation started by 31 December Y;
 *   <li>project leads among partners: the pole's partners in Y are the actors (its staff left out)
 *       taking part in a project alongside the pole in Y; those leading a project active in Y;
 *   <li>partners per team member: partners in Y / the pole's staff (actors of kind EMPLOYEE) in
 *       post on 31 December Y.
 * </ul>
 *
 * Pure: the same facts and year give the same indicators. Cost O(r log r) over the r records.
 */
final class Indicators {

    static final String EMPLOYEE = "EMPLOYEE";
    static final String LEAD = "LEAD";

    private Indicators() {}

    /** The indicators of {@code year}, in {@link Kind} order. */
    static List<Indicator> of(ReportFacts facts, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        Set<String> partners = partners(facts, year);
        return List.of(
                jobs(facts, year),
                missing(Kind.REVENUE_PER_JOB, Missing.NO_REVENUE_RECORDED),
                missing(Kind.REVENUE_PER_PROJECT, Missing.NO_REVENUE_RECORDED),
                qualifiedOpportunities(facts, year),
                ideasTakenUp(facts, end),
                leadsAmongPartners(facts, year, partners),
                partnersPerTeamMember(facts, end, partners));
    }

    static Indicator jobs(ReportFacts facts, int year) {
        List<ReportFacts.Project> started =
                facts.projects().stream().filter(p -> p.startsIn(year)).toList();
        List<ReportFacts.Project> withJobs =
                started.stream().filter(p -> p.jobs() != null).toList();
        List<ReportFacts.Project> toDate = startedBy(facts, year);
        List<ReportFacts.Project> toDateWithJobs =
                toDate.stream().filter(p -> p.jobs() != null).toList();
        List<Count> basis =
                List.of(
                        new Count(Basis.PROJECTS_STARTED_IN_YEAR, started.size()),
                        new Count(Basis.PROJECTS_STARTED_IN_YEAR_WITH_JOBS, withJobs.size()),
                        new Count(Basis.PROJECTS_TO_DATE, toDate.size()),
                        new Count(Basis.PROJECTS_TO_DATE_WITH_JOBS, toDateWithJobs.size()),
                        new Count(Basis.JOBS_TO_DATE, sumJobs(toDateWithJobs)));
        if (withJobs.isEmpty()) {
            return new Indicator(
                    Kind.JOBS_CREATED, null, null, null, Missing.NO_JOBS_RECORDED, basis);
        }
        return new Indicator(
                Kind.JOBS_CREATED, (double) sumJobs(withJobs), null, null, null, basis);
    }

    static Indicator qualifiedOpportunities(ReportFacts facts, int year) {
        List<ReportFacts.Project> toDate = startedBy(facts, year);
        Set<String> emerged = emergedProjects(facts);
        int fromEvents = (int) toDate.stream().filter(p -> emerged.contains(p.id())).count();
        List<Count> basis =
                List.of(
                        new Count(Basis.PROJECTS_TO_DATE, toDate.size()),
                        new Count(Basis.PROJECTS_FROM_EVENTS, fromEvents));
        if (toDate.isEmpty()) {
            return missing(Kind.QUALIFIED_OPPORTUNITIES, Missing.NO_PROJECT, basis);
        }
        if (emerged.isEmpty()) {
            return missing(Kind.QUALIFIED_OPPORTUNITIES, Missing.NO_EMERGENCE_RECORDED, basis);
        }
        return share(Kind.QUALIFIED_OPPORTUNITIES, fromEvents, toDate.size(), basis);
    }

    static Indicator ideasTakenUp(ReportFacts facts, LocalDate end) {
        Set<String> emerged = emergedProjects(facts);
        Set<String> ideas =
                facts.projects().stream()
                        .filter(p -> emerged.contains(p.id()))
                        .filter(p -> p.from() == null || !p.from().isAfter(end))
                        .map(ReportFacts.Project::id)
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> led =
                facts.participations().stream()
                        .filter(p -> LEAD.equals(p.role()) && !p.actor().equals(facts.poleId()))
                        .filter(p -> ideas.contains(p.project()))
                        .filter(p -> p.from() == null || !p.from().isAfter(end))
                        .map(ReportFacts.Participation::project)
                        .collect(Collectors.toCollection(TreeSet::new));
        List<Count> basis =
                List.of(
                        new Count(Basis.IDEAS, ideas.size()),
                        new Count(Basis.IDEAS_WITH_LEAD, led.size()));
        if (ideas.isEmpty()) {
            return missing(Kind.IDEAS_TAKEN_UP, Missing.NO_EMERGENCE_RECORDED, basis);
        }
        return share(Kind.IDEAS_TAKEN_UP, led.size(), ideas.size(), basis);
    }

    static Indicator leadsAmongPartners(ReportFacts facts, int year, Set<String> partners) {
        Set<String> leading =
                facts.participations().stream()
                        .filter(p -> LEAD.equals(p.role()) && p.activeIn(year))
                        .map(ReportFacts.Participation::actor)
                        .filter(partners::contains)
                        .collect(Collectors.toCollection(TreeSet::new));
        List<Count> basis =
                List.of(
                        new Count(Basis.PARTNERS, partners.size()),
                        new Count(Basis.PARTNERS_LEADING, leading.size()));
        if (partners.isEmpty()) {
            return missing(Kind.LEADS_AMONG_PARTNERS, Missing.NO_PARTNER, basis);
        }
        return share(Kind.LEADS_AMONG_PARTNERS, leading.size(), partners.size(), basis);
    }

    static Indicator partnersPerTeamMember(ReportFacts facts, LocalDate end, Set<String> partners) {
        int team = team(facts, end);
        List<Count> basis =
                List.of(
                        new Count(Basis.PARTNERS, partners.size()),
                        new Count(Basis.TEAM_MEMBERS, team));
        if (team == 0) {
            return missing(Kind.PARTNERS_PER_TEAM_MEMBER, Missing.NO_TEAM, basis);
        }
        return new Indicator(
                Kind.PARTNERS_PER_TEAM_MEMBER,
                partners.size() / (double) team,
                partners.size(),
                team,
                null,
                basis);
    }

    /** The pole's staff in post on {@code day}: actors of kind EMPLOYEE. */
    static int team(ReportFacts facts, LocalDate day) {
        return (int)
                facts.actors().stream()
                        .filter(a -> EMPLOYEE.equals(a.kind()) && a.activeOn(day))
                        .count();
    }

    /**
     * The actors, staff and the pole left out, taking part in a project in {@code year} while the
     * pole takes part in it too.
     */
    static Set<String> partners(ReportFacts facts, int year) {
        Set<String> staff =
                facts.actors().stream()
                        .filter(a -> EMPLOYEE.equals(a.kind()))
                        .map(ReportFacts.Actor::id)
                        .collect(Collectors.toSet());
        Set<String> poleProjects =
                facts.participations().stream()
                        .filter(p -> p.actor().equals(facts.poleId()) && p.activeIn(year))
                        .map(ReportFacts.Participation::project)
                        .collect(Collectors.toSet());
        return facts.participations().stream()
                .filter(p -> poleProjects.contains(p.project()) && p.activeIn(year))
                .map(ReportFacts.Participation::actor)
                .filter(a -> !a.equals(facts.poleId()) && !staff.contains(a))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> emergedProjects(ReportFacts facts) {
        return facts.emergences().stream()
                .map(ReportFacts.Emergence::project)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<ReportFacts.Project> startedBy(ReportFacts facts, int year) {
        return facts.projects().stream()
                .filter(p -> p.from() != null && p.from().getYear() <= year)
                .toList();
    }

    private static int sumJobs(List<ReportFacts.Project> projects) {
        return projects.stream().mapToInt(ReportFacts.Project::jobs).sum();
    }

    private static Indicator share(Kind kind, int part, int whole, List<Count> basis) {
        return new Indicator(kind, part / (double) whole, part, whole, null, basis);
    }

    private static Indicator missing(Kind kind, Missing reason) {
        return missing(kind, reason, List.of());
    }

    private static Indicator missing(Kind kind, Missing reason, List<Count> basis) {
        return new Indicator(kind, null, null, null, reason, basis);
    }
}
