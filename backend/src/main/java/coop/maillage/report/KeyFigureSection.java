package coop.maillage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The key figures of the year: members by college and their change, projects by 5D stage and
 * status, jobs, events and participants.
 */
final class KeyFigureSection {

    /** The 5D stages in order, then projects without stage. */
    static final List<String> STAGES = List.of("D1", "D2", "D3", "D4", "D5", YearFigures.NONE);

    /** The statuses in order, then projects without status. */
    static final List<String> STATUSES =
            List.of("IDEA", "EMERGING", "ACTIVE", "STOPPED", YearFigures.NONE);

    private KeyFigureSection() {}

    static void write(Xhtml x, ImpactReport report, Language language) {
        KeyFigures f = report.figures();
        ReportHtml.section(x, "key-figures", Text.KEY_FIGURES, report, language);
        x.open("div", "class", "tiles");
        tile(
                x,
                Format.integer(f.members(), language),
                Text.TILE_MEMBERS.format(language, f.year()),
                Text.TILE_CHANGE.format(
                        language,
                        Format.change(f.members() - f.membersBefore(), language),
                        f.year() - 1));
        tile(
                x,
                Format.integer(f.projectsActive(), language),
                Text.TILE_PROJECTS.in(language),
                Text.TILE_PROJECTS_STARTED.format(
                        language, Format.integer(f.projectsStarted(), language)));
        tile(
                x,
                Format.integer(f.jobs(), language),
                Text.TILE_JOBS.in(language),
                Text.TILE_JOBS_BASIS.format(
                        language,
                        Format.integer(f.projectsWithJobs(), language),
                        Format.integer(f.projectsActive(), language)));
        tile(
                x,
                Format.integer(f.eventTotal(), language),
                Text.TILE_EVENTS.in(language),
                Text.TILE_PARTICIPANTS.format(
                        language, Format.integer(f.participantTotal(), language)));
        x.close();
        colleges(x, f, language);
        projects(x, f, language);
        events(x, f, language);
        x.element("p", Text.KEY_FIGURES_NOTE.format(language, f.year()), "class", "small");
        x.close();
    }

    private static void tile(Xhtml x, String value, String label, String detail) {
        x.open("div", "class", "tile");
        x.element("p", value, "class", "tile-value");
        x.element("p", label, "class", "tile-label");
        x.element("p", detail, "class", "tile-detail");
        x.close();
    }

    private static void colleges(Xhtml x, KeyFigures f, Language language) {
        x.element("h3", Text.MEMBERS_BY_COLLEGE.in(language));
        x.open("table", "class", "data");
        ReportHtml.headerRow(
                x,
                Text.COLLEGE.in(language),
                Text.ON_31_DECEMBER.format(language, f.year() - 1),
                Text.ON_31_DECEMBER.format(language, f.year()),
                Text.CHANGE.in(language));
        x.open("tbody");
        for (KeyFigures.CollegeCount college : f.colleges()) {
            row(x, college.name(), college.membersBefore(), college.members(), language, false);
        }
        row(x, Text.TOTAL.in(language), f.membersBefore(), f.members(), language, true);
        x.close().close();
    }

    private static void row(
            Xhtml x, String name, int before, int now, Language language, boolean total) {
        x.open("tr", "class", total ? "total" : null);
        x.element("th", name, "scope", "row");
        x.element("td", Format.integer(before, language), "class", "num");
        x.element("td", Format.integer(now, language), "class", "num");
        x.element("td", Format.change(now - before, language), "class", "num");
        x.close();
    }

    private static void projects(Xhtml x, KeyFigures f, Language language) {
        x.element("h3", Text.PROJECTS_BY_STAGE.format(language, f.year()));
        List<String> header = new ArrayList<>();
        header.add(Text.STAGE.in(language));
        for (String status : STATUSES) {
            header.add(Text.label("STATUS_", status, language));
        }
        header.add(Text.TOTAL.in(language));
        x.open("table", "class", "data");
        ReportHtml.headerRow(x, header.toArray(String[]::new));
        x.open("tbody");
        int[] columnTotals = new int[STATUSES.size()];
        for (String stage : stages(f.projects())) {
            Map<String, Integer> row = f.projects().getOrDefault(stage, Map.of());
            x.open("tr");
            x.element("th", Text.label("STAGE_", stage, language), "scope", "row");
            int total = 0;
            for (int i = 0; i < STATUSES.size(); i++) {
                int count = row.getOrDefault(STATUSES.get(i), 0);
                columnTotals[i] += count;
                total += count;
                x.element("td", count == 0 ? "·" : Format.integer(count, language), "class", "num");
            }
            x.element("td", Format.integer(total, language), "class", "num");
            x.close();
        }
        x.open("tr", "class", "total");
        x.element("th", Text.TOTAL.in(language), "scope", "row");
        for (int total : columnTotals) {
            x.element("td", Format.integer(total, language), "class", "num");
        }
        x.element("td", Format.integer(f.projectsActive(), language), "class", "num");
        x.close();
        x.close().close();
    }

    /** The stages that have projects, in 5D order; values outside the method come last. */
    private static List<String> stages(Map<String, Map<String, Integer>> table) {
        List<String> stages = new ArrayList<>(STAGES.stream().filter(table::containsKey).toList());
        table.keySet().stream().filter(s -> !STAGES.contains(s)).sorted().forEach(stages::add);
        return stages;
    }

    private static void events(Xhtml x, KeyFigures f, Language language) {
        x.element("h3", Text.EVENTS_OF_YEAR.format(language, f.year()));
        if (f.events().isEmpty() && f.workshops() == 0) {
            x.element("p", Text.NO_EVENTS.format(language, f.year()));
            return;
        }
        x.open("table", "class", "data");
        ReportHtml.headerRow(
                x,
                Text.EVENT_TYPE.in(language),
                Text.EVENTS.in(language),
                Text.PARTICIPANTS.in(language));
        x.open("tbody");
        for (KeyFigures.EventCount count : f.events()) {
            x.open("tr");
            x.element("th", Text.label("EVENT_", count.type(), language), "scope", "row");
            x.element("td", Format.integer(count.events(), language), "class", "num");
            String participants = Format.integer(count.participants(), language);
            if (count.withoutCount() > 0) {
                participants += " " + Text.WITHOUT_COUNT.format(language, count.withoutCount());
            }
            x.element("td", participants, "class", "num");
            x.close();
        }
        x.open("tr");
        x.element("th", Text.WORKSHOPS.in(language), "scope", "row");
        x.element("td", Format.integer(f.workshops(), language), "class", "num");
        x.element("td", Format.integer(f.workshopParticipants(), language), "class", "num");
        x.close();
        x.close().close();
    }
}
