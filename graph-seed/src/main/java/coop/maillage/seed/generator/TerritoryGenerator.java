package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic territory, in the Maillage CSV data format ({@code docs/data-format.md}), for
 * scale tests and benchmarks.
 *
 * <h2>Model</h2>
 *
 * <ol>
 *   <li><b>Territory.</b> The territory {@code synthetic} and three neighbours that projects are
 *       duplicated in; the pole, actor {@code pole} (kind {@code POLE}, sector {@code ESS}), is
 *       there from the first year; six colleges after Clus'Ter Jura's.
 *   <li><b>Actors</b> ({@link ActorPopulation}): 40% present in the first year, the rest arriving
 *       evenly over the following years; each leaves with probability 3% a year. A share {@code
 *       personShare} are natural persons (citizens; 15% of them employees) with pseudonymous names;
 *       organisations draw a sector from the sector weights and a kind from the sector.
 *   <li><b>Members</b> ({@link MembershipModel}): by kind, in the college of their kind or sector;
 *       organisations joining in the first year may be founders.
 *   <li><b>Events</b> ({@link EventModel}), each year: a Start-Up de Territoire evening and
 *       challenges, with workshops and attendances.
 *   <li><b>Projects</b> ({@link ProjectModel}), {@code projectsPerYear} a year: a lead and 2–8
 *       participants, half emerging from a workshop, stages D1–D5 and status progressing over the
 *       years ({@link ProjectLife}), pillar scores ({@link PillarScores}).
 *   <li><b>Collaborations</b> ({@link CollaborationModel}): preferential attachment with sector
 *       homophily; the probability that a new tie crosses sectors rises by {@code crossSectorTrend}
 *       a year; ties dissolve at {@code dissolutionRate} a year.
 * </ol>
 *
 * <p>Every row's provenance is {@code illustrative: synthetic territory, seed <seed>}; {@code
 * figures.csv} holds only its header, as no source document describes the territory.
 *
 * <h2>Reproducibility and cost</h2>
 *
 * One {@link SplittableRandom} seeded with {@code seed}, split into one stream per part of the
 * model; no hash-ordered iteration and no clock reaches the output, so the same parameters give
 * byte-identical files. Rows go to disk as they are made; memory holds the actors (a few bytes
 * each), one year's workshops and the active ties: O(n + m). Time is linear in the rows written.
 */
public final class TerritoryGenerator {

    public static final String TERRITORY_ID = "synthetic";
    public static final List<String> NEIGHBOUR_IDS =
            List.of("synthetic-neighbour-1", "synthetic-neighbour-2", "synthetic-neighbour-3");

    private TerritoryGenerator() {}

    /** The provenance cell of every generated row. */
    public static String provenance(long seed) {
        return "illustrative: synthetic territory, seed " + seed;
    }

    /**
     * Writes every file of the format into {@code directory} (created if missing; files already
     * there are replaced).
     */
    public static GenerationSummary generate(GeneratorParameters parameters, Path directory)
            throws IOException {
        String provenance = provenance(parameters.seed());
        SplittableRandom root = new SplittableRandom(parameters.seed());
        SplittableRandom actorRandom = root.split();
        SplittableRandom memberRandom = root.split();
        SplittableRandom eventRandom = root.split();
        SplittableRandom projectRandom = root.split();
        SplittableRandom tieRandom = root.split();
        try (CsvSink sink = new CsvSink(directory)) {
            writeTerritories(sink, provenance);
            writeColleges(sink, provenance);
            ActorPopulation actors = ActorPopulation.draw(parameters, actorRandom);
            writeActors(
                    actors,
                    new MembershipModel(actors, parameters, provenance),
                    memberRandom,
                    sink,
                    provenance);
            EventModel events = new EventModel(actors, parameters, provenance);
            ProjectModel projects = new ProjectModel(actors, parameters, provenance);
            CollaborationModel ties = new CollaborationModel(actors, parameters, provenance);
            for (int year = parameters.firstYear(); year <= parameters.lastYear(); year++) {
                int[] present = actors.presentIn(year, false);
                int[] organisations = actors.presentIn(year, true);
                YearWorkshops workshops = events.writeYear(year, present, eventRandom, sink);
                projects.writeYear(year, present, organisations, workshops, projectRandom, sink);
                events.writeWorkshops(workshops, sink);
                ties.writeYear(year, present, tieRandom, sink);
            }
            return sink.summary();
        }
    }

    private static void writeTerritories(CsvSink sink, String provenance) {
        sink.row(CsvFile.TERRITORIES, TERRITORY_ID, "Synthetic territory", provenance);
        for (int i = 0; i < NEIGHBOUR_IDS.size(); i++) {
            sink.row(
                    CsvFile.TERRITORIES,
                    NEIGHBOUR_IDS.get(i),
                    "Synthetic neighbouring territory " + (i + 1),
                    provenance);
        }
    }

    private static void writeColleges(CsvSink sink, String provenance) {
        for (College college : College.values()) {
            sink.row(
                    CsvFile.COLLEGES,
                    college.id(),
                    college.frenchName(),
                    college.description(),
                    provenance);
        }
    }

    private static void writeActors(
            ActorPopulation actors,
            MembershipModel members,
            SplittableRandom random,
            CsvSink sink,
            String provenance) {
        for (int actor = 0; actor < actors.size(); actor++) {
            ActorKind kind = actors.kind(actor);
            sink.row(
                    CsvFile.ACTORS,
                    actors.id(actor),
                    actors.name(actor),
                    kind,
                    actors.sector(actor),
                    actors.commune(actor),
                    kind.person(),
                    actors.from(actor),
                    Ids.year(actors.to(actor)),
                    TERRITORY_ID,
                    provenance);
            members.write(actor, random, sink);
        }
    }
}
