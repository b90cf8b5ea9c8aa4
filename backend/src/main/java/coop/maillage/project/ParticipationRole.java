package coop.maillage.project;

/** What an actor does in a project. */
public enum ParticipationRole {
    /** Carries the project (porteur). */
    LEAD,
    /** Takes part. */
    PARTNER,
    /** Funds it. */
    FUNDER,
    /** Facilitates it (the pole, typically). */
    FACILITATOR,
    /** Benefits from it. */
    BENEFICIARY
}
