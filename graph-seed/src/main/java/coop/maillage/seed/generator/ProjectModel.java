package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The projects started in one year. Each has a lead (an organisation when one is at hand) and 2 to
 * 8 other participants; half of them emerge from a workshop of the year (their collective is drawn
 * from its attendees first) and are accompanied by the pole, which then takes part as facilitator.
 * Stage and status follow {@link ProjectLife}; the four pillar scores (0–10 each) rise with
 * accompaniment and with the number of sectors in the collective, so that the total straddles the
 * threshold of 26. A project that reached D5 is duplicated in a neighbouring territory that year
 * with probability {@value #DUPLICATION_SHARE}.
 */
final class ProjectModel {

    static final double EMERGENCE_SHARE = 0.5;
    static final double ACCOMPANIED_SHARE = 0.4;
    static final double LATE_JOIN_SHARE = 0.2;
    static final double EARLIER_PROJECT_WORKSHOP_SHARE = 0.5;
    static final double DUPLICATION_SHARE = 0.5;
    static final int MIN_PARTNERS = 2;
    static final int MAX_PARTNERS = 8;

    private static final String[] DOMAINS = {
        "alimentation",
        "mobilité",
        "énergie",
        "habitat",
        "économie circulaire",
        "culture",
        "numérique",
        "services de proximité"
    };
    private static final String[] LEGAL_FORMS = {"SCIC", "SAS", "association", "SCOP", "SARL"};

    private final ActorPopulation actors;
    private final GeneratorParameters parameters;
    private final String provenance;
    private final ProjectRows rows;
    private long projects;

    ProjectModel(ActorPopulation actors, GeneratorParameters parameters, String provenance) {
        this.actors = actors;
        this.parameters = parameters;
        this.provenance = provenance;
        this.rows = new ProjectRows(actors, provenance);
    }

    void writeYear(
            int year,
            int[] present,
            int[] organisations,
            YearWorkshops workshops,
            SplittableRandom random,
            CsvSink sink) {
        long before = projects;
        for (int p = 0; p < parameters.projectsPerYear() && present.length > 0; p++) {
            String id = Ids.of("project", ++projects, 5);
            int workshop = random.nextDouble() < EMERGENCE_SHARE ? workshops.takeFree(random) : -1;
            int[] pool = workshop < 0 ? new int[0] : workshops.attendees(workshop);
            int[] team =
                    team(pool, present, random.nextInt(MIN_PARTNERS, MAX_PARTNERS + 1) + 1, random);
            placeLead(team, organisations, random);
            boolean accompanied = workshop >= 0 || random.nextDouble() < ACCOMPANIED_SHARE;
            ProjectLife life = ProjectLife.simulate(year, parameters.lastYear(), random);
            writeProject(id, year, team, accompanied, life, workshop, workshops, random, sink);
            rows.participations(id, year, team, accompanied, life, parameters, random, sink);
            if (workshop >= 0) {
                workshops.link(workshop, id);
                rows.emergence(id, workshops.id(workshop), year, sink);
            }
            duplicate(id, life, random, sink);
        }
        List<Integer> unlinked = workshops.unlinked();
        for (int workshop : unlinked) {
            if (before > 0 && random.nextDouble() < EARLIER_PROJECT_WORKSHOP_SHARE) {
                workshops.link(workshop, Ids.of("project", random.nextLong(before) + 1, 5));
            }
        }
    }

    /** The collective: workshop attendees first, then actors present in the year. */
    private static int[] team(int[] attendees, int[] present, int size, SplittableRandom random) {
        int[] fromWorkshop = Sampling.distinct(attendees, size, random);
        int[] team = new int[Math.min(size, present.length)];
        System.arraycopy(fromWorkshop, 0, team, 0, Math.min(fromWorkshop.length, team.length));
        int filled = Math.min(fromWorkshop.length, team.length);
        while (filled < team.length) {
            int candidate = present[random.nextInt(present.length)];
            if (!Sampling.contains(team, filled, candidate)) {
                team[filled++] = candidate;
            }
        }
        return team;
    }

    /** Puts an organisation first: the lead. */
    private void placeLead(int[] team, int[] organisations, SplittableRandom random) {
        for (int i = 0; i < team.length; i++) {
            if (!actors.kind(team[i]).person()) {
                int swap = team[0];
                team[0] = team[i];
                team[i] = swap;
                return;
            }
        }
        if (organisations.length > 0) {
            int lead = organisations[random.nextInt(organisations.length)];
            team[0] = lead;
        }
    }

    private void writeProject(
            String id,
            int year,
            int[] team,
            boolean accompanied,
            ProjectLife life,
            int workshop,
            YearWorkshops workshops,
            SplittableRandom random,
            CsvSink sink) {
        String domain = DOMAINS[random.nextInt(DOMAINS.length)];
        int[] scores = PillarScores.draw(accompanied, sectors(team), random);
        boolean active = life.status().equals("ACTIVE");
        sink.row(
                CsvFile.PROJECTS,
                id,
                "Projet " + domain + " " + projects,
                domain,
                life.stageCode(),
                life.status(),
                life.stage() >= 4 ? LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)] : null,
                year,
                Ids.year(life.stopYear()),
                active ? random.nextInt(1, 11) : 0,
                accompanied,
                scores[0],
                scores[1],
                scores[2],
                scores[3],
                scores[0] + scores[1] + scores[2] + scores[3],
                workshop >= 0 ? workshops.context(workshop) : "initiative locale",
                TerritoryGenerator.TERRITORY_ID,
                provenance);
    }

    private int sectors(int[] team) {
        int seen = 0;
        for (int actor : team) {
            seen |= 1 << actors.sectorIndex(actor);
        }
        return Integer.bitCount(seen);
    }

    private void duplicate(String id, ProjectLife life, SplittableRandom random, CsvSink sink) {
        if (life.duplicationStageYear() > 0 && random.nextDouble() < DUPLICATION_SHARE) {
            String territory =
                    TerritoryGenerator.NEIGHBOUR_IDS.get(
                            random.nextInt(TerritoryGenerator.NEIGHBOUR_IDS.size()));
            rows.duplication(id, territory, life.duplicationStageYear(), sink);
        }
    }
}
