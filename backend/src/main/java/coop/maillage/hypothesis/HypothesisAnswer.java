package coop.maillage.hypothesis;

import java.util.List;

/**
 * The answer to one hypothesis over a range of years.
 *
 * @param id {@code H1}…{@code H4}, or {@code PROJECTS} for collective diversity and success
 * @param verdict supported, not supported or inconclusive
 * @param rule the decision rule, in words
 * @param figures the numbers the verdict rests on
 * @param method the tests and definitions used
 * @param sentenceFr the answer in one or two plain French sentences, with the key figure
 * @param sentenceEn the same in English
 */
public record HypothesisAnswer(
        String id,
        Verdict verdict,
        String rule,
        List<Figure> figures,
        String method,
        String sentenceFr,
        String sentenceEn) {

    public HypothesisAnswer {
        figures = List.copyOf(figures);
    }

    /** The first figure of the whole range with this name, or null. */
    public Double figure(String name) {
        for (Figure figure : figures) {
            if (figure.year() == null && figure.name().equals(name)) {
                return figure.value();
            }
        }
        return null;
    }
}
