package coop.maillage.seed.generator;

import java.util.SplittableRandom;

/**
 * The course of one project from its start year to the last simulated year: each later year it
 * stops with probability {@value #STOP_PROBABILITY}, otherwise it moves one stage of the 5D method
 * on with probability {@value #ADVANCE_PROBABILITY}. Its status follows its stage: an idea in D1,
 * emerging in D2–D3, active from D4.
 *
 * @param stage the stage reached, 1 to 5
 * @param stopYear the last year of a stopped project, or {@link ActorPopulation#OPEN}
 * @param duplicationStageYear the year it reached D5, or 0
 */
record ProjectLife(int stage, int stopYear, int duplicationStageYear) {

    static final double STOP_PROBABILITY = 0.12;
    static final double ADVANCE_PROBABILITY = 0.45;
    static final int LAST_STAGE = 5;

    static ProjectLife simulate(int start, int lastYear, SplittableRandom random) {
        int stage = 1;
        int reachedLast = 0;
        for (int year = start + 1; year <= lastYear; year++) {
            if (random.nextDouble() < STOP_PROBABILITY) {
                return new ProjectLife(stage, year - 1, reachedLast);
            }
            if (stage < LAST_STAGE && random.nextDouble() < ADVANCE_PROBABILITY) {
                stage++;
                reachedLast = stage == LAST_STAGE ? year : 0;
            }
        }
        return new ProjectLife(stage, ActorPopulation.OPEN, reachedLast);
    }

    boolean stopped() {
        return stopYear != ActorPopulation.OPEN;
    }

    String stageCode() {
        return "D" + stage;
    }

    String status() {
        if (stopped()) {
            return "STOPPED";
        }
        if (stage == 1) {
            return "IDEA";
        }
        return stage <= 3 ? "EMERGING" : "ACTIVE";
    }
}
