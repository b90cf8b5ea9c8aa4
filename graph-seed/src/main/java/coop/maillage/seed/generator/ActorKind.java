package coop.maillage.seed.generator;

/**
 * The {@code kind} vocabulary of {@code actors.csv}, with the word the synthetic actor's
 * pseudonymous name starts with.
 */
enum ActorKind {
    POLE("Pole"),
    COMPANY("Company"),
    LOCAL_GOVERNMENT("Commune council"),
    PUBLIC_BODY("Public body"),
    ASSOCIATION("Association"),
    COOPERATIVE("Cooperative"),
    RESEARCH_TRAINING("Lab"),
    FUNDER("Funder"),
    SUPPORT_NETWORK("Support network"),
    NETWORK("Network"),
    CITIZEN("Citizen"),
    EMPLOYEE("Employee");

    private final String label;

    ActorKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Natural persons: their names are pseudonyms and {@code person} is {@code true}. */
    boolean person() {
        return this == CITIZEN || this == EMPLOYEE;
    }
}
