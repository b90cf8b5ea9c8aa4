package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Direct collaborations, formed by preferential attachment with sector homophily.
 *
 * <p>Each year every present actor (the pole included) starts on average {@code formationRate} new
 * collaborations. For each, a coin decides whether the tie crosses sectors, with probability p(y) =
 * clamp(p₀ + trend·(y − y₀), 0, 1), p₀ = {@value #BASE_CROSS_SECTOR_PROBABILITY}; the partner is
 * then drawn among present actors of another sector (or of the same sector) with probability
 * proportional to (degree + 1), the degree counted at the start of the year (Barabási and Albert,
 * "Emergence of scaling in random networks", Science 286, 1999, with the +1 that lets newcomers be
 * chosen). A draw that hits the actor itself or an existing tie is retried up to {@value
 * #MAX_ATTEMPTS} times, then given up. A tie lasts each later year with probability 1 −
 * dissolutionRate and ends at the latest when one of its two actors leaves; its {@code to} is known
 * when it forms, so its row is written at once.
 *
 * <p>Cost per year: O(n + m) to build the urns (n present actors, m active ties), then O(1)
 * expected per new tie; memory O(n + m).
 */
final class CollaborationModel {

    static final double BASE_CROSS_SECTOR_PROBABILITY = 0.25;
    static final int MAX_ATTEMPTS = 20;
    static final int MAX_WEIGHT = 3;

    private static final String[] PEER_KINDS = {
        "PARTNERSHIP", "PARTNERSHIP", "POOLING", "AGREEMENT"
    };

    private final ActorPopulation actors;
    private final GeneratorParameters parameters;
    private final String provenance;
    private final int[] degree;
    private final Set<Long> active = new HashSet<>();
    private final int[][] endings;
    private final int[] endingSizes;
    private int[] urn = new int[0];
    private final int[][] sectorUrns = new int[Sector.values().length][];
    private long collaborations;

    CollaborationModel(ActorPopulation actors, GeneratorParameters parameters, String provenance) {
        this.actors = actors;
        this.parameters = parameters;
        this.provenance = provenance;
        this.degree = new int[actors.size()];
        this.endings = new int[parameters.years() + 1][];
        this.endingSizes = new int[parameters.years() + 1];
    }

    /** The probability that a tie formed in {@code year} crosses sectors. */
    static double crossSectorProbability(GeneratorParameters parameters, int year) {
        double p =
                BASE_CROSS_SECTOR_PROBABILITY
                        + parameters.crossSectorTrend() * (year - parameters.firstYear());
        return Math.max(0, Math.min(1, p));
    }

    void writeYear(int year, int[] present, SplittableRandom random, CsvSink sink) {
        // 1. ties that ended last year no longer count
        endTies(year);
        // 2. urns weighted by degree + 1, the pole first
        int[] everyone = new int[present.length + 1];
        everyone[0] = ActorPopulation.POLE;
        System.arraycopy(present, 0, everyone, 1, present.length);
        fillUrns(everyone);
        // 3. each present actor starts its new ties
        double cross = crossSectorProbability(parameters, year);
        double rate = parameters.formationRate();
        for (int source : everyone) {
            int ties = (int) rate + (random.nextDouble() < rate - (int) rate ? 1 : 0);
            for (int t = 0; t < ties; t++) {
                int target = partner(source, random.nextDouble() < cross, random);
                if (target >= 0) {
                    form(source, target, year, random, sink);
                }
            }
        }
    }

    private void endTies(int year) {
        int slot = year - parameters.firstYear();
        for (int i = 0; i < endingSizes[slot]; i += 2) {
            int a = endings[slot][i];
            int b = endings[slot][i + 1];
            degree[a]--;
            degree[b]--;
            active.remove(key(a, b));
        }
        endings[slot] = null;
    }

    private void fillUrns(int[] everyone) {
        int[] sizes = new int[sectorUrns.length];
        int total = 0;
        for (int actor : everyone) {
            sizes[actors.sectorIndex(actor)] += degree[actor] + 1;
            total += degree[actor] + 1;
        }
        urn = new int[total];
        for (int s = 0; s < sizes.length; s++) {
            sectorUrns[s] = new int[sizes[s]];
        }
        int[] filled = new int[sizes.length];
        int position = 0;
        for (int actor : everyone) {
            int sector = actors.sectorIndex(actor);
            for (int copy = 0; copy <= degree[actor]; copy++) {
                urn[position++] = actor;
                sectorUrns[sector][filled[sector]++] = actor;
            }
        }
    }

    private int partner(int source, boolean crossSector, SplittableRandom random) {
        int sector = actors.sectorIndex(source);
        int[] candidates = crossSector ? urn : sectorUrns[sector];
        for (int attempt = 0; attempt < MAX_ATTEMPTS && candidates.length > 0; attempt++) {
            int target = candidates[random.nextInt(candidates.length)];
            boolean sameSector = actors.sectorIndex(target) == sector;
            if (target != source
                    && !(crossSector && sameSector)
                    && !active.contains(key(source, target))) {
                return target;
            }
        }
        return -1;
    }

    private void form(int source, int target, int year, SplittableRandom random, CsvSink sink) {
        int to = ActorPopulation.OPEN;
        for (int later = year + 1; later <= parameters.lastYear(); later++) {
            if (random.nextDouble() < parameters.dissolutionRate()) {
                to = later - 1;
                break;
            }
        }
        to = ActorPopulation.earlierEnd(to, actors.to(source));
        to = ActorPopulation.earlierEnd(to, actors.to(target));
        degree[source]++;
        degree[target]++;
        active.add(key(source, target));
        if (to != ActorPopulation.OPEN && to < parameters.lastYear()) {
            scheduleEnd(to + 1, source, target);
        }
        sink.row(
                CsvFile.COLLABORATIONS,
                Ids.of("collaboration", ++collaborations, 7),
                actors.id(source),
                actors.id(target),
                kind(source, target, random),
                random.nextInt(1, MAX_WEIGHT + 1),
                year,
                Ids.year(to),
                provenance);
    }

    private void scheduleEnd(int year, int a, int b) {
        int slot = year - parameters.firstYear();
        if (endings[slot] == null) {
            endings[slot] = new int[16];
        } else if (endingSizes[slot] + 2 > endings[slot].length) {
            endings[slot] = Arrays.copyOf(endings[slot], 2 * endings[slot].length);
        }
        endings[slot][endingSizes[slot]++] = a;
        endings[slot][endingSizes[slot]++] = b;
    }

    private String kind(int source, int target, SplittableRandom random) {
        ActorKind a = actors.kind(source);
        ActorKind b = actors.kind(target);
        if (a == ActorKind.FUNDER || b == ActorKind.FUNDER) {
            return "FUNDING";
        }
        if (a == ActorKind.POLE || b == ActorKind.POLE) {
            return "SUPPORT";
        }
        if (a == ActorKind.SUPPORT_NETWORK || b == ActorKind.SUPPORT_NETWORK) {
            return "SUPPORT";
        }
        if (a == ActorKind.NETWORK || b == ActorKind.NETWORK) {
            return "NETWORK";
        }
        return PEER_KINDS[random.nextInt(PEER_KINDS.length)];
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
