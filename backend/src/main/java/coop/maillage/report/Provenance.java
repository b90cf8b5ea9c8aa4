package coop.maillage.report;

import java.util.List;

/**
 * What the report's figures rest on: for each kind of record counted, how many are documented (a
 * source and a quote) and how many illustrative (made up to match a documented count); the figures
 * the sources give for the year; and, for the key counts, whether a source documents them.
 *
 * @param records documented and illustrative records by kind, in reading order
 * @param figures the documented figures of the year (and of the previous year's member count)
 * @param checks the key counts of the report against the documented figures
 */
public record Provenance(
        List<RecordCount> records, List<ReportFacts.Figure> figures, List<Check> checks) {

    public Provenance {
        records = List.copyOf(records);
        figures = List.copyOf(figures);
        checks = List.copyOf(checks);
    }

    /** Records of one kind counted by the report. */
    public record RecordCount(Kind kind, int documented, int illustrative) {}

    /** The kinds of records counted. */
    public enum Kind {
        MEMBERSHIPS,
        ACTORS,
        PROJECTS,
        PARTICIPATIONS,
        EVENTS,
        WORKSHOPS
    }

    /**
     * One key count of the report and what documents it.
     *
     * @param what the count
     * @param year its year
     * @param computed the value the records give
     * @param figure the documented figure the records reproduce, or null when none documents it
     */
    public record Check(Counted what, int year, int computed, ReportFacts.Figure figure) {}

    /** The key counts checked against the sources. */
    public enum Counted {
        MEMBERS,
        STAFF
    }
}
