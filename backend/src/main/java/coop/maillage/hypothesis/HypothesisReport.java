package coop.maillage.hypothesis;

import coop.maillage.network.YearRange;
import java.util.List;

/**
 * The answers to every hypothesis over a range of years.
 *
 * @param years the range answered for
 * @param answers H1, H2, H3, H4 and PROJECTS, in that order
 * @param timeline the yearly graph and group metrics (with the pole) that H1 and H2 rest on
 */
public record HypothesisReport(
        YearRange years, List<HypothesisAnswer> answers, List<Timeline.Row> timeline) {

    public HypothesisReport {
        answers = List.copyOf(answers);
        timeline = List.copyOf(timeline);
    }

    /** The answer with this id, or null. */
    public HypothesisAnswer answer(String id) {
        return answers.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
