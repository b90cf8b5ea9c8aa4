package coop.maillage.hypothesis;

/** The plain-language answer about collective diversity, in French and in English. */
final class ProjectSentences {

    private ProjectSentences() {}

    static String french(
            Verdict verdict,
            SpearmanCorrelation.Result score,
            SpearmanCorrelation.Result survival,
            boolean scoreCounts,
            boolean survivalCounts) {
        if (verdict == Verdict.INCONCLUSIVE) {
            return "Trop peu de projets avec un score ou une issue connue (il en faut au moins "
                    + ProjectDiversity.MIN_PROJECTS
                    + ", avec des collectifs de diversité différente) : on ne peut conclure.";
        }
        String scorePart =
                scoreCounts
                        ? "la diversité des collectifs et le score des projets : corrélation de "
                                + Wording.number(score.rho(), true)
                                + " ("
                                + Wording.p(score.pValue(), true)
                                + ", "
                                + score.n()
                                + " projets)"
                        : "score : pas de corrélation calculable (moins de "
                                + ProjectDiversity.MIN_PROJECTS
                                + " projets notés, ou aucune variation)";
        String survivalPart =
                survivalCounts
                        ? "avec leur survie : "
                                + Wording.number(survival.rho(), true)
                                + " ("
                                + Wording.p(survival.pValue(), true)
                                + ", "
                                + survival.n()
                                + " projets)"
                        : "survie : pas de corrélation calculable (moins de "
                                + ProjectDiversity.MIN_PROJECTS
                                + " projets à l'issue connue, ou aucune variation)";
        String conclusion =
                verdict == Verdict.SUPPORTED
                        ? "les collectifs plus divers réussissent mieux."
                        : "la diversité des collectifs ne va pas avec une meilleure réussite.";
        return Wording.capitalised(scorePart) + " ; " + survivalPart + " : " + conclusion;
    }

    static String english(
            Verdict verdict,
            SpearmanCorrelation.Result score,
            SpearmanCorrelation.Result survival,
            boolean scoreCounts,
            boolean survivalCounts) {
        if (verdict == Verdict.INCONCLUSIVE) {
            return "Too few projects with a score or a known outcome (at least "
                    + ProjectDiversity.MIN_PROJECTS
                    + " are needed, with collectives of differing diversity): no conclusion can"
                    + " be drawn.";
        }
        String scorePart =
                scoreCounts
                        ? "collective diversity and project score correlate at "
                                + Wording.number(score.rho(), false)
                                + " ("
                                + Wording.p(score.pValue(), false)
                                + ", "
                                + score.n()
                                + " projects)"
                        : "score: no correlation (fewer than "
                                + ProjectDiversity.MIN_PROJECTS
                                + " scored projects, or no variation)";
        String survivalPart =
                survivalCounts
                        ? "with survival at "
                                + Wording.number(survival.rho(), false)
                                + " ("
                                + Wording.p(survival.pValue(), false)
                                + ", "
                                + survival.n()
                                + " projects)"
                        : "survival: no correlation (fewer than "
                                + ProjectDiversity.MIN_PROJECTS
                                + " projects with a known outcome, or no variation)";
        String conclusion =
                verdict == Verdict.SUPPORTED
                        ? "more diverse collectives do better."
                        : "diverse collectives do not do better.";
        return Wording.capitalised(scorePart) + "; " + survivalPart + ": " + conclusion;
    }
}
