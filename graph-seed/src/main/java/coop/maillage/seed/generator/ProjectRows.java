package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.util.SplittableRandom;

/** The rows that hang off a project: participations, its emergence, its duplication. */
final class ProjectRows {

    private final ActorPopulation actors;
    private final String provenance;
    private long participations;
    private long emergences;
    private long duplications;

    ProjectRows(ActorPopulation actors, String provenance) {
        this.actors = actors;
        this.provenance = provenance;
    }

    /**
     * The lead, the partners (funders take part as funders, half the citizens as beneficiaries),
     * and the pole as facilitator of an accompanied project. A partner joins a year late with
     * probability {@value ProjectModel#LATE_JOIN_SHARE}; nobody stays past the project's end or
     * their own departure.
     */
    void participations(
            String project,
            int year,
            int[] team,
            boolean accompanied,
            ProjectLife life,
            GeneratorParameters parameters,
            SplittableRandom random,
            CsvSink sink) {
        for (int i = 0; i < team.length; i++) {
            int actor = team[i];
            int end = ActorPopulation.earlierEnd(life.stopYear(), actors.to(actor));
            int last = end == ActorPopulation.OPEN ? parameters.lastYear() : end;
            int from = year;
            if (i > 0 && year < last && random.nextDouble() < ProjectModel.LATE_JOIN_SHARE) {
                from = year + 1;
            }
            participation(actor, project, role(i, actor, random), from, end, sink);
        }
        if (accompanied) {
            participation(
                    ActorPopulation.POLE, project, "FACILITATOR", year, life.stopYear(), sink);
        }
    }

    private String role(int position, int actor, SplittableRandom random) {
        if (position == 0) {
            return "LEAD";
        }
        ActorKind kind = actors.kind(actor);
        if (kind == ActorKind.FUNDER) {
            return "FUNDER";
        }
        if (kind == ActorKind.CITIZEN && random.nextBoolean()) {
            return "BENEFICIARY";
        }
        return "PARTNER";
    }

    private void participation(
            int actor, String project, String role, int from, int to, CsvSink sink) {
        sink.row(
                CsvFile.PARTICIPATIONS,
                Ids.of("participation", ++participations, 7),
                actors.id(actor),
                project,
                role,
                from,
                Ids.year(to),
                provenance);
    }

    void emergence(String project, String workshop, int year, CsvSink sink) {
        sink.row(
                CsvFile.EMERGENCES,
                Ids.of("emergence", ++emergences, 5),
                project,
                workshop,
                year,
                provenance);
    }

    void duplication(String project, String territory, int year, CsvSink sink) {
        sink.row(
                CsvFile.DUPLICATIONS,
                Ids.of("duplication", ++duplications, 5),
                project,
                territory,
                year,
                provenance);
    }
}
