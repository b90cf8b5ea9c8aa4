package coop.maillage.actor;

/** What kind of organisation, or natural person, an actor is. */
public enum ActorKind {
    POLE,
    COMPANY,
    LOCAL_GOVERNMENT,
    PUBLIC_BODY,
    ASSOCIATION,
    COOPERATIVE,
    RESEARCH_TRAINING,
    FUNDER,
    SUPPORT_NETWORK,
    NETWORK,
    CITIZEN,
    EMPLOYEE;

    /** Whether actors of this kind are natural persons (personal data). */
    public boolean naturalPerson() {
        return this == CITIZEN || this == EMPLOYEE;
    }
}
