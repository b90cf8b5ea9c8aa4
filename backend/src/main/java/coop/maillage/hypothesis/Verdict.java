package coop.maillage.hypothesis;

/** The answer a hypothesis gets from the data. */
public enum Verdict {
    /** The figures meet the hypothesis's decision rule for support. */
    SUPPORTED,
    /**
     * The figures meet its rule for rejection: they go against it or show nothing over enough data.
     */
    NOT_SUPPORTED,
    /**
     * Too few years, projects or pairs, undefined figures, or mixed results: no verdict is forced.
     */
    INCONCLUSIVE
}
