package coop.maillage.seed;

/** The Clus'Ter Jura demonstration dataset shipped in this module. */
public final class ClusterJuraSeed {

    /** The classpath folder of its CSV files. */
    public static final String FOLDER = "seed/clusterjura";

    /** How it is described in the database. */
    public static final DatasetLoader.Description DESCRIPTION =
            new DatasetLoader.Description(
                    "clusterjura-demo",
                    "Clus'Ter Jura — jeu de données de démonstration",
                    true,
                    "Demonstration dataset built from public documents about Clus'Ter Jura"
                            + " (2018-2025); records marked 'illustrative' are made up to match"
                            + " documented counts. See graph-seed/SEED.md.");

    private ClusterJuraSeed() {}

    /** Reads and checks the dataset. */
    public static CsvDataset read() {
        return CsvDataset.fromClasspath(FOLDER);
    }
}
