package coop.maillage.seed.generator;

/**
 * The silos that décloisonnement is measured across, as the {@code sector} column of {@code
 * actors.csv} (see {@code docs/data-format.md}).
 */
public enum Sector {
    /** Social and solidarity economy: associations, cooperatives, support networks. */
    ESS,
    /** Conventional business. */
    ENTREPRISE,
    /** Local and state bodies. */
    PUBLIC,
    /** Research and training. */
    RECHERCHE,
    /** Citizens and their collectives. */
    CITOYEN,
    /** Funders. */
    FINANCEUR
}
