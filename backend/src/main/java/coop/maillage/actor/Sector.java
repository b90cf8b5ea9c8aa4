package coop.maillage.actor;

/** The silo an actor belongs to: décloisonnement is measured across these. */
public enum Sector {
    /** Social and solidarity economy (économie sociale et solidaire). */
    ESS,
    /** Conventional business. */
    ENTREPRISE,
    /** Local and state public bodies. */
    PUBLIC,
    /** Research and training. */
    RECHERCHE,
    /** Citizens. */
    CITOYEN,
    /** Funders. */
    FINANCEUR
}
