package coop.maillage.report;

import java.util.List;
import java.util.Map;

/**
 * The year's key figures: members by college with their change from the previous year, projects by
 * 5D stage and status, jobs, events and their participants. Counts "on 31 December" take the
 * records active that day; counts "in the year" take the records whose interval overlaps it.
 *
 * @param year the year
 * @param members members of the pole on 31 December of the year
 * @param membersBefore members on 31 December of the previous year
 * @param colleges members by college, in college-name order
 * @param projects projects active in the year by stage (rows) and status (columns)
 * @param projectsActive projects active in the year
 * @param projectsStarted projects started in the year
 * @param jobs jobs recorded by the projects active in the year
 * @param projectsWithJobs projects active in the year that record their jobs
 * @param events events held in the year, by type (in type order), with their participants
 * @param workshops workshops held in the year
 * @param workshopParticipants their participants
 */
public record KeyFigures(
        int year,
        int members,
        int membersBefore,
        List<CollegeCount> colleges,
        Map<String, Map<String, Integer>> projects,
        int projectsActive,
        int projectsStarted,
        int jobs,
        int projectsWithJobs,
        List<EventCount> events,
        int workshops,
        int workshopParticipants) {

    public KeyFigures {
        colleges = List.copyOf(colleges);
        Map<String, Map<String, Integer>> rows = new java.util.HashMap<>();
        projects.forEach((stage, row) -> rows.put(stage, Map.copyOf(row)));
        projects = Map.copyOf(rows);
        events = List.copyOf(events);
    }

    /** Members of one college on 31 December of the year and of the previous one. */
    public record CollegeCount(String id, String name, int members, int membersBefore) {}

    /**
     * Events of one type held in the year.
     *
     * @param type the event type
     * @param events how many
     * @param participants their participants, where recorded
     * @param withoutCount events that do not record their participants
     */
    public record EventCount(String type, int events, int participants, int withoutCount) {}

    /** Every event of the year. */
    public int eventTotal() {
        return events.stream().mapToInt(EventCount::events).sum();
    }

    /** Every participant of the year's events, where recorded. */
    public int participantTotal() {
        return events.stream().mapToInt(EventCount::participants).sum();
    }
}
