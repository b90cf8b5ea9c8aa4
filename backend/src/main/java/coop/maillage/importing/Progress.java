package coop.maillage.importing;

/** Where a long import is: its phase and how many rows of how many are done. */
@FunctionalInterface
interface Progress {

    Progress NONE = (phase, done, total) -> {};

    /**
     * @param phase {@code reading}, {@code checking}, {@code comparing}, {@code writing} or {@code
     *     done}
     * @param done rows done in this phase
     * @param total rows in this phase, or 0 when not yet known
     */
    void update(String phase, long done, long total);
}
