package coop.maillage.seed.generator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the synthetic territory generator makes; every value is checked when the record is built and
 * a value out of range is rejected with a message naming the parameter, its command-line option and
 * the allowed range.
 *
 * @param actors rows of {@code actors.csv}, the pole included
 * @param firstYear the year the pole and the first actors start
 * @param lastYear the last simulated year (inclusive)
 * @param sectorWeights relative shares of the sectors among organisations (natural persons are
 *     drawn apart, see {@code personShare}); a sector left out has weight 0
 * @param projectsPerYear new projects started each year
 * @param formationRate expected new direct collaborations started by each active actor per year
 * @param dissolutionRate probability that an active collaboration ends in a given later year
 * @param crossSectorTrend yearly rise of the probability that a new collaboration crosses sectors
 * @param personShare share of actors that are natural persons (citizens, employees)
 * @param seed the seed of the random generator: same parameters, same files
 */
public record GeneratorParameters(
        int actors,
        int firstYear,
        int lastYear,
        Map<Sector, Double> sectorWeights,
        int projectsPerYear,
        double formationRate,
        double dissolutionRate,
        double crossSectorTrend,
        double personShare,
        long seed) {

    public static final int MIN_ACTORS = 200;
    public static final int MAX_ACTORS = 100_000;
    public static final int MIN_YEAR = 1950;
    public static final int MAX_YEAR = 2100;

    /** Longest simulated period, in years; it bounds the size of the output. */
    public static final int MAX_YEARS = 50;

    public static final int MAX_PROJECTS_PER_YEAR = 5_000;
    public static final double MAX_FORMATION_RATE = 5.0;
    public static final double MAX_CROSS_SECTOR_TREND = 0.2;

    /** At most nine persons in ten, so that organisations remain to lead projects. */
    public static final double MAX_PERSON_SHARE = 0.9;

    public static final int DEFAULT_ACTORS = 500;
    public static final int DEFAULT_FIRST_YEAR = 2015;
    public static final int DEFAULT_LAST_YEAR = 2024;
    public static final int DEFAULT_PROJECTS_PER_YEAR = 12;
    public static final double DEFAULT_FORMATION_RATE = 0.3;
    public static final double DEFAULT_DISSOLUTION_RATE = 0.15;
    public static final double DEFAULT_CROSS_SECTOR_TREND = 0.03;
    public static final double DEFAULT_PERSON_SHARE = 0.25;
    public static final long DEFAULT_SEED = 1L;

    /**
     * Sector shares among organisations: a rural pole's mix, with as many social-economy bodies as
     * companies, then local governments, citizen collectives, research bodies and funders.
     */
    public static final Map<Sector, Double> DEFAULT_SECTOR_WEIGHTS =
            Collections.unmodifiableMap(
                    new EnumMap<>(
                            Map.of(
                                    Sector.ESS, 0.30,
                                    Sector.ENTREPRISE, 0.30,
                                    Sector.PUBLIC, 0.15,
                                    Sector.RECHERCHE, 0.08,
                                    Sector.CITOYEN, 0.10,
                                    Sector.FINANCEUR, 0.07)));

    public GeneratorParameters {
        ParameterChecks.checkRange("actors", "--actors", actors, MIN_ACTORS, MAX_ACTORS);
        ParameterChecks.checkRange("firstYear", "--from-year", firstYear, MIN_YEAR, MAX_YEAR);
        ParameterChecks.checkRange(
                "lastYear", "--to-year", lastYear, firstYear, firstYear + MAX_YEARS - 1);
        ParameterChecks.checkRange("lastYear", "--to-year", lastYear, MIN_YEAR, MAX_YEAR);
        sectorWeights = ParameterChecks.checkedWeights(sectorWeights);
        ParameterChecks.checkRange(
                "projectsPerYear",
                "--projects-per-year",
                projectsPerYear,
                0,
                MAX_PROJECTS_PER_YEAR);
        ParameterChecks.checkRange(
                "formationRate", "--formation", formationRate, 0, MAX_FORMATION_RATE);
        ParameterChecks.checkRange("dissolutionRate", "--dissolution", dissolutionRate, 0, 1);
        ParameterChecks.checkRange(
                "crossSectorTrend",
                "--cross-trend",
                crossSectorTrend,
                -MAX_CROSS_SECTOR_TREND,
                MAX_CROSS_SECTOR_TREND);
        ParameterChecks.checkRange("personShare", "--persons", personShare, 0, MAX_PERSON_SHARE);
    }

    /** The defaults: a 500-actor territory over 2015–2024 with seed 1. */
    public static GeneratorParameters defaults() {
        return new GeneratorParameters(
                DEFAULT_ACTORS,
                DEFAULT_FIRST_YEAR,
                DEFAULT_LAST_YEAR,
                DEFAULT_SECTOR_WEIGHTS,
                DEFAULT_PROJECTS_PER_YEAR,
                DEFAULT_FORMATION_RATE,
                DEFAULT_DISSOLUTION_RATE,
                DEFAULT_CROSS_SECTOR_TREND,
                DEFAULT_PERSON_SHARE,
                DEFAULT_SEED);
    }

    /** Number of simulated years, both ends included. */
    public int years() {
        return lastYear - firstYear + 1;
    }

    public GeneratorParameters withActors(int value) {
        return new GeneratorParameters(
                value,
                firstYear,
                lastYear,
                sectorWeights,
                projectsPerYear,
                formationRate,
                dissolutionRate,
                crossSectorTrend,
                personShare,
                seed);
    }

    public GeneratorParameters withYears(int first, int last) {
        return new GeneratorParameters(
                actors,
                first,
                last,
                sectorWeights,
                projectsPerYear,
                formationRate,
                dissolutionRate,
                crossSectorTrend,
                personShare,
                seed);
    }

    public GeneratorParameters withSectorWeights(Map<Sector, Double> value) {
        return new GeneratorParameters(
                actors,
                firstYear,
                lastYear,
                value,
                projectsPerYear,
                formationRate,
                dissolutionRate,
                crossSectorTrend,
                personShare,
                seed);
    }

    public GeneratorParameters withProjectsPerYear(int value) {
        return new GeneratorParameters(
                actors,
                firstYear,
                lastYear,
                sectorWeights,
                value,
                formationRate,
                dissolutionRate,
                crossSectorTrend,
                personShare,
                seed);
    }

    public GeneratorParameters withRates(double formation, double dissolution) {
        return new GeneratorParameters(
                actors,
                firstYear,
                lastYear,
                sectorWeights,
                projectsPerYear,
                formation,
                dissolution,
                crossSectorTrend,
                personShare,
                seed);
    }

    public GeneratorParameters withCrossSectorTrend(double value) {
        return new GeneratorParameters(
                actors,
                firstYear,
                lastYear,
                sectorWeights,
                projectsPerYear,
                formationRate,
                dissolutionRate,
                value,
                personShare,
                seed);
    }

    public GeneratorParameters withPersonShare(double value) {
        return new GeneratorParameters(
                actors,
                firstYear,
                lastYear,
                sectorWeights,
                projectsPerYear,
                formationRate,
                dissolutionRate,
                crossSectorTrend,
                value,
                seed);
    }

    public GeneratorParameters withSeed(long value) {
        return new GeneratorParameters(
                actors,
                firstYear,
                lastYear,
                sectorWeights,
                projectsPerYear,
                formationRate,
                dissolutionRate,
                crossSectorTrend,
                personShare,
                value);
    }
}
