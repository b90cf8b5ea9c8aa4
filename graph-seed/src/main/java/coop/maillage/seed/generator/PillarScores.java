package coop.maillage.seed.generator;

import java.util.SplittableRandom;

/**
 * The four pillar scores of cooperative territorial entrepreneurship (collective ownership,
 * territorial anchoring, hybrid economic model, resilience), each an integer from 0 to 10: a base
 * of {@value #BASE}, plus {@value #ACCOMPANIED_BONUS} when the pole accompanies the project, plus
 * {@value #SECTOR_BONUS} per sector beyond the first in its collective, plus Gaussian noise of
 * standard deviation {@value #NOISE}. The total of a typical project falls near the study's
 * threshold of 26, so both sides of it are populated.
 */
final class PillarScores {

    static final double BASE = 4.5;
    static final double ACCOMPANIED_BONUS = 1.0;
    static final double SECTOR_BONUS = 0.4;
    static final double NOISE = 1.5;
    static final int PILLARS = 4;
    static final int MAX_SCORE = 10;

    private PillarScores() {}

    static int[] draw(boolean accompanied, int sectors, SplittableRandom random) {
        double mean = BASE + (accompanied ? ACCOMPANIED_BONUS : 0) + SECTOR_BONUS * (sectors - 1);
        int[] scores = new int[PILLARS];
        for (int i = 0; i < PILLARS; i++) {
            long score = Math.round(mean + NOISE * random.nextGaussian());
            scores[i] = (int) Math.max(0, Math.min(MAX_SCORE, score));
        }
        return scores;
    }
}
