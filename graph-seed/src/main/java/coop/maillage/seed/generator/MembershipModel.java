package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.util.SplittableRandom;

/**
 * Who joins the pole, when, in which college and with how many shares. An actor becomes a member
 * with a probability that depends on its kind (nearly every employee, a quarter of the
 * organisations, fewer citizens); it joins in its entry year or a few years later and stays until
 * it leaves the territory. Organisations that join in the first year are founders with probability
 * {@value #FOUNDER_SHARE}; the others go to the college of their kind or sector.
 */
final class MembershipModel {

    static final double EMPLOYEE_MEMBERSHIP = 0.9;
    static final double CITIZEN_MEMBERSHIP = 0.15;
    static final double ORGANISATION_MEMBERSHIP = 0.25;
    static final double FOUNDER_SHARE = 0.4;

    /** Yearly probability that a future member who has not joined yet joins. */
    static final double JOIN_PROBABILITY = 0.5;

    private static final int MAX_ORGANISATION_SHARES = 10;
    private static final int MAX_FOUNDER_SHARES = 50;

    private final ActorPopulation actors;
    private final GeneratorParameters parameters;
    private final String provenance;
    private long count;

    MembershipModel(ActorPopulation actors, GeneratorParameters parameters, String provenance) {
        this.actors = actors;
        this.parameters = parameters;
        this.provenance = provenance;
    }

    /** Writes the membership of {@code actor}, if it joins. */
    void write(int actor, SplittableRandom random, CsvSink sink) {
        ActorKind kind = actors.kind(actor);
        if (kind == ActorKind.POLE || random.nextDouble() >= probability(kind)) {
            return;
        }
        int last =
                actors.to(actor) == ActorPopulation.OPEN ? parameters.lastYear() : actors.to(actor);
        int join = actors.from(actor);
        while (join < last && random.nextDouble() >= JOIN_PROBABILITY) {
            join++;
        }
        College college = college(actor, join, random);
        int shares =
                switch (college) {
                    case CITIZENS, EMPLOYEES -> 1;
                    case FOUNDERS ->
                            random.nextInt(MAX_ORGANISATION_SHARES, MAX_FOUNDER_SHARES + 1);
                    default -> random.nextInt(1, MAX_ORGANISATION_SHARES + 1);
                };
        sink.row(
                CsvFile.MEMBERSHIPS,
                Ids.of("membership", ++count, 6),
                actors.id(actor),
                ActorPopulation.POLE_ID,
                college.id(),
                shares,
                Ids.year(join),
                Ids.year(actors.to(actor)),
                provenance);
    }

    private static double probability(ActorKind kind) {
        return switch (kind) {
            case EMPLOYEE -> EMPLOYEE_MEMBERSHIP;
            case CITIZEN -> CITIZEN_MEMBERSHIP;
            default -> ORGANISATION_MEMBERSHIP;
        };
    }

    private College college(int actor, int join, SplittableRandom random) {
        ActorKind kind = actors.kind(actor);
        if (kind == ActorKind.CITIZEN) {
            return College.CITIZENS;
        }
        if (kind == ActorKind.EMPLOYEE) {
            return College.EMPLOYEES;
        }
        if (join == parameters.firstYear() && random.nextDouble() < FOUNDER_SHARE) {
            return College.FOUNDERS;
        }
        return switch (actors.sector(actor)) {
            case ENTREPRISE -> College.COMPANIES;
            case PUBLIC -> College.LOCAL_GOVERNMENTS;
            default -> College.TERRITORY;
        };
    }
}
