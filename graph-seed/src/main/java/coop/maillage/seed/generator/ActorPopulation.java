package coop.maillage.seed.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The actors of the synthetic territory as plain arrays (a few bytes per actor), sorted by entry
 * year so that ids follow arrival. Index 0 is the pole; the others are drawn as follows: a natural
 * person with probability {@code personShare} (an employee of the pole with probability {@value
 * #EMPLOYEE_SHARE_OF_PERSONS}, else a citizen), otherwise an organisation whose sector follows the
 * sector weights and whose kind follows its sector (a citizen collective is an association of
 * sector {@code CITOYEN}). Names are the kind and a number: pseudonyms for persons.
 */
final class ActorPopulation {

    /** The {@code to} of an actor still present at the end: an empty cell. */
    static final int OPEN = 0;

    static final int POLE = 0;
    static final String POLE_ID = "pole";

    /** Share of actors already present in the first year; the others arrive evenly later. */
    static final double INITIAL_SHARE = 0.4;

    /** Yearly probability that a present actor leaves the territory. */
    static final double EXIT_PROBABILITY = 0.03;

    static final double EMPLOYEE_SHARE_OF_PERSONS = 0.15;
    static final int COMMUNES = 40;

    private static final ActorKind[] ESS_KINDS = {
        ActorKind.ASSOCIATION,
        ActorKind.ASSOCIATION,
        ActorKind.ASSOCIATION,
        ActorKind.COOPERATIVE,
        ActorKind.COOPERATIVE,
        ActorKind.SUPPORT_NETWORK,
        ActorKind.NETWORK
    };
    private static final ActorKind[] PUBLIC_KINDS = {
        ActorKind.LOCAL_GOVERNMENT, ActorKind.LOCAL_GOVERNMENT, ActorKind.PUBLIC_BODY
    };
    private static final ActorKind[] KINDS = ActorKind.values();
    private static final String[] COMMUNE_NAMES = new String[COMMUNES];

    static {
        for (int i = 0; i < COMMUNES; i++) {
            COMMUNE_NAMES[i] = String.format(Locale.ROOT, "Commune %02d", i + 1);
        }
    }

    private static final Sector[] SECTORS = Sector.values();

    private final byte[] kind;
    private final byte[] sector;
    private final byte[] commune;
    private final int[] from;
    private final int[] to;

    private ActorPopulation(int size) {
        kind = new byte[size];
        sector = new byte[size];
        commune = new byte[size];
        from = new int[size];
        to = new int[size];
    }

    static ActorPopulation draw(GeneratorParameters parameters, SplittableRandom random) {
        int size = parameters.actors();
        ActorPopulation population = new ActorPopulation(size);
        int[] entries = new int[size - 1];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entryYear(parameters, random);
        }
        Arrays.sort(entries);
        population.set(POLE, ActorKind.POLE, Sector.ESS, 0, parameters.firstYear(), OPEN);
        double[] cumulative = cumulativeWeights(parameters);
        for (int i = 1; i < size; i++) {
            int entry = entries[i - 1];
            int exit = exitYear(entry, parameters.lastYear(), random);
            int place = random.nextInt(COMMUNES);
            if (random.nextDouble() < parameters.personShare()) {
                boolean employee = random.nextDouble() < EMPLOYEE_SHARE_OF_PERSONS;
                ActorKind person = employee ? ActorKind.EMPLOYEE : ActorKind.CITIZEN;
                population.set(
                        i, person, employee ? Sector.ESS : Sector.CITOYEN, place, entry, exit);
            } else {
                Sector drawn = SECTORS[pick(cumulative, random.nextDouble())];
                population.set(i, kindOf(drawn, random), drawn, place, entry, exit);
            }
        }
        return population;
    }

    private void set(int i, ActorKind k, Sector s, int place, int entry, int exit) {
        kind[i] = (byte) k.ordinal();
        sector[i] = (byte) s.ordinal();
        commune[i] = (byte) place;
        from[i] = entry;
        to[i] = exit;
    }

    private static int entryYear(GeneratorParameters parameters, SplittableRandom random) {
        if (parameters.years() == 1 || random.nextDouble() < INITIAL_SHARE) {
            return parameters.firstYear();
        }
        return random.nextInt(parameters.firstYear() + 1, parameters.lastYear() + 1);
    }

    private static int exitYear(int entry, int lastYear, SplittableRandom random) {
        for (int year = entry; year < lastYear; year++) {
            if (random.nextDouble() < EXIT_PROBABILITY) {
                return year;
            }
        }
        return OPEN;
    }

    private static double[] cumulativeWeights(GeneratorParameters parameters) {
        double[] cumulative = new double[SECTORS.length];
        double total = 0;
        for (int i = 0; i < SECTORS.length; i++) {
            total += parameters.sectorWeights().get(SECTORS[i]);
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static ActorKind kindOf(Sector sector, SplittableRandom random) {
        return switch (sector) {
            case ESS -> ESS_KINDS[random.nextInt(ESS_KINDS.length)];
            case ENTREPRISE -> ActorKind.COMPANY;
            case PUBLIC -> PUBLIC_KINDS[random.nextInt(PUBLIC_KINDS.length)];
            case RECHERCHE -> ActorKind.RESEARCH_TRAINING;
            case CITOYEN -> ActorKind.ASSOCIATION;
            case FINANCEUR -> ActorKind.FUNDER;
        };
    }

    int size() {
        return kind.length;
    }

    String id(int actor) {
        return actor == POLE ? POLE_ID : Ids.of("actor", actor, 6);
    }

    String name(int actor) {
        return actor == POLE ? "Synthetic pole" : kind(actor).label() + " " + actor;
    }

    String commune(int actor) {
        return COMMUNE_NAMES[commune[actor]];
    }

    /** The earlier of two last years, {@link #OPEN} standing for "not before the end". */
    static int earlierEnd(int a, int b) {
        if (a == OPEN) {
            return b;
        }
        return b == OPEN ? a : Math.min(a, b);
    }

    ActorKind kind(int actor) {
        return KINDS[kind[actor]];
    }

    Sector sector(int actor) {
        return SECTORS[sector[actor]];
    }

    int sectorIndex(int actor) {
        return sector[actor];
    }

    int from(int actor) {
        return from[actor];
    }

    /** Last year present, or {@link #OPEN}. */
    int to(int actor) {
        return to[actor];
    }

    boolean presentIn(int actor, int year) {
        return from[actor] <= year && (to[actor] == OPEN || to[actor] >= year);
    }

    /** The actors other than the pole present in {@code year}, in index order. */
    int[] presentIn(int year, boolean organisationsOnly) {
        int[] present = new int[size()];
        int count = 0;
        for (int actor = 1; actor < size() && from[actor] <= year; actor++) {
            if (presentIn(actor, year) && !(organisationsOnly && kind(actor).person())) {
                present[count++] = actor;
            }
        }
        return Arrays.copyOf(present, count);
    }
}
