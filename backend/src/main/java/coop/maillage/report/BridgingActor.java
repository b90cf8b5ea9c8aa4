package coop.maillage.report;

import coop.maillage.metrics.BrokerageRoles;

/**
 * An actor who bridges the network in the year: high betweenness, with its brokerage roles between
 * sectors.
 *
 * @param id its id
 * @param label its name, or its pseudonym when it is a natural person
 * @param person whether it is a natural person
 * @param sector its sector, or null
 * @param degree its number of ties
 * @param betweenness normalised betweenness
 * @param constraint Burt's constraint, null for an isolated actor
 * @param brokerage its open two-paths by Gould–Fernandez role between sectors, or null
 */
public record BridgingActor(
        String id,
        String label,
        boolean person,
        String sector,
        int degree,
        double betweenness,
        Double constraint,
        BrokerageRoles brokerage) {}
