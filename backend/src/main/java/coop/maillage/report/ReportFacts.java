package coop.maillage.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The records a year's report counts, as read from the store (or from a dataset in the CSV format
 * in tests): the pole, its colleges and memberships, the actors with their provenance, the projects
 * and who takes part in them, events, workshops, emergences and the figures the sources document.
 * Immutable; every list is sorted by id so that the report does not depend on the order the store
 * returns rows in.
 *
 * @param poleId id of the pole's actor, or null when there is none
 * @param poleName the pole's name, or null
 * @param demonstration whether the data is the demonstration dataset
 * @param actors every actor
 * @param colleges the colleges of the pole
 * @param memberships every membership of the pole
 * @param projects every project
 * @param participations every participation in a project
 * @param events every event
 * @param workshops every workshop
 * @param emergences every emergence of a project from an event or a workshop
 * @param figures every documented figure
 */
public record ReportFacts(
        String poleId,
        String poleName,
        boolean demonstration,
        List<Actor> actors,
        List<College> colleges,
        List<Membership> memberships,
        List<Project> projects,
        List<Participation> participations,
        List<Event> events,
        List<Workshop> workshops,
        List<Emergence> emergences,
        List<Figure> figures) {

    public ReportFacts {
        actors = sorted(actors, Actor::id);
        colleges = sorted(colleges, College::id);
        memberships = sorted(memberships, Membership::id);
        projects = sorted(projects, Project::id);
        participations = sorted(participations, Participation::id);
        events = sorted(events, Event::id);
        workshops = sorted(workshops, Workshop::id);
        emergences = sorted(emergences, Emergence::id);
        figures = sorted(figures, Figure::id);
    }

    /** Something dated: {@code from} and {@code to} may be null (open). */
    interface Dated {
        LocalDate from();

        LocalDate to();

        /** Whether it is under way on {@code day}: started by then and not yet ended. */
        default boolean activeOn(LocalDate day) {
            return (from() == null || !from().isAfter(day))
                    && (to() == null || !to().isBefore(day));
        }

        /** Whether its interval overlaps the calendar year. */
        default boolean activeIn(int year) {
            return (from() == null || from().getYear() <= year)
                    && (to() == null || to().getYear() >= year);
        }

        /** Whether it starts in the calendar year. */
        default boolean startsIn(int year) {
            return from() != null && from().getYear() == year;
        }
    }

    /** An actor. */
    public record Actor(
            String id,
            String name,
            String kind,
            String sector,
            boolean person,
            LocalDate from,
            LocalDate to,
            String provenance)
            implements Dated {}

    /** A college of the pole. */
    public record College(String id, String name) {}

    /** A membership of the pole. */
    public record Membership(
            String id,
            String actor,
            String college,
            LocalDate from,
            LocalDate to,
            String provenance)
            implements Dated {}

    /** A project. */
    public record Project(
            String id,
            String name,
            String stage,
            String status,
            LocalDate from,
            LocalDate to,
            Integer jobs,
            Boolean accompanied,
            String emergenceContext,
            String provenance)
            implements Dated {}

    /** An actor's part in a project. */
    public record Participation(
            String id,
            String actor,
            String project,
            String role,
            LocalDate from,
            LocalDate to,
            String provenance)
            implements Dated {}

    /** An event. */
    public record Event(
            String id,
            String name,
            String type,
            LocalDate from,
            LocalDate to,
            Integer participants,
            String provenance)
            implements Dated {}

    /** A workshop inside an event. */
    public record Workshop(
            String id,
            String event,
            String project,
            LocalDate from,
            Integer participants,
            String provenance) {}

    /** A project that emerged from an event or a workshop. */
    public record Emergence(String id, String project, String origin, LocalDate from) {}

    /** A figure a source document gives. */
    public record Figure(
            String id,
            String subject,
            String metric,
            Integer year,
            double value,
            String source,
            String quote,
            boolean usedBySeed,
            String note) {}

    /** Whether a provenance marks a made-up record rather than a documented one. */
    static boolean illustrative(String provenance) {
        return provenance == null || provenance.startsWith("illustrative");
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> id) {
        return items.stream().sorted(Comparator.comparing(id)).toList();
    }
}
