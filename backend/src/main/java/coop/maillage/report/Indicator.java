package coop.maillage.report;

import java.util.List;

/**
 * One of the impact indicators the pole's team asked for (seed document 002): its value for the
 * report's year, or the reason the data cannot give it, with the counts it rests on.
 *
 * @param kind which indicator
 * @param value the value; null when the data is not enough
 * @param part for a share, the count it is made of; else null
 * @param whole for a share, the count it is out of; else null
 * @param missing why there is no value; null when there is one
 * @param basis the counts the value (or its absence) rests on, in reading order
 */
public record Indicator(
        Kind kind, Double value, Integer part, Integer whole, Missing missing, List<Count> basis) {

    public Indicator {
        basis = List.copyOf(basis);
        if ((value == null) == (missing == null)) {
            throw new IllegalArgumentException("an indicator has a value or a reason, not both");
        }
    }

    /** Whether the data allowed a value. */
    public boolean known() {
        return value != null;
    }

    /** The indicators, in the order of 002's list. */
    public enum Kind {
        JOBS_CREATED,
        REVENUE_PER_JOB,
        REVENUE_PER_PROJECT,
        QUALIFIED_OPPORTUNITIES,
        IDEAS_TAKEN_UP,
        LEADS_AMONG_PARTNERS,
        PARTNERS_PER_TEAM_MEMBER
    }

    /** Why an indicator has no value. */
    public enum Missing {
        /** The data model records no revenue. */
        NO_REVENUE_RECORDED,
        /** No project started in the year records the jobs it created. */
        NO_JOBS_RECORDED,
        /** No project started by the end of the year. */
        NO_PROJECT,
        /** No project records that it emerged from an event or a workshop. */
        NO_EMERGENCE_RECORDED,
        /** The pole had no partner in the year. */
        NO_PARTNER,
        /** No team member of the pole was in post on 31 December. */
        NO_TEAM
    }

    /** A count the indicator rests on. */
    public record Count(Basis basis, int value) {}

    /** What a count counts. */
    public enum Basis {
        PROJECTS_STARTED_IN_YEAR,
        PROJECTS_STARTED_IN_YEAR_WITH_JOBS,
        PROJECTS_TO_DATE,
        PROJECTS_TO_DATE_WITH_JOBS,
        JOBS_TO_DATE,
        PROJECTS_FROM_EVENTS,
        IDEAS,
        IDEAS_WITH_LEAD,
        PARTNERS,
        PARTNERS_LEADING,
        TEAM_MEMBERS
    }
}
