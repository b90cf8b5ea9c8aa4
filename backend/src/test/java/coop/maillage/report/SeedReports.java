package coop.maillage.report;

import coop.maillage.hypothesis.SeedNetworks;
import coop.maillage.network.TemporalNetwork;
import java.util.HashMap;
import java.util.Map;

/**
 * The seed's reports, built without a database and kept for the tests of a run (the hypotheses take
 * a few seconds a year). Persons get the pseudonym {@code P-} + their id's hash, a stand-in for the
 * database's keyed pseudonyms.
 */
final class SeedReports {

    static final ReportFacts FACTS = SeedFacts.clusterJura();
    static final TemporalNetwork NETWORK = SeedNetworks.clusterJura();
    private static final Map<Integer, ImpactReport> REPORTS = new HashMap<>();

    private SeedReports() {}

    static synchronized ImpactReport of(int year) {
        return REPORTS.computeIfAbsent(
                year, y -> ReportBuilder.build(FACTS, NETWORK, y, SeedReports::pseudonym));
    }

    static String pseudonym(String id) {
        return "P-" + Integer.toHexString(id.hashCode()).toUpperCase(java.util.Locale.ROOT);
    }
}
