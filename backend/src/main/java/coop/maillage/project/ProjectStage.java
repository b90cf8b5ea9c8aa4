package coop.maillage.project;

/** A step of the pole's 5D project-emergence method. */
public enum ProjectStage {
    /** D1: the problem (défi). */
    D1,
    /** D2: the solutions. */
    D2,
    /** D3: the features (design). */
    D3,
    /** D4: the feasibility. */
    D4,
    /** D5: the duplication elsewhere. */
    D5
}
