package coop.maillage.export;

/**
 * A pseudonym equals another record's id, so the pseudonymised export would merge two records. With
 * eight characters from an alphabet of 32 the chance is negligible, but an export that merged
 * records silently would be wrong, so it fails instead.
 */
final class PseudonymCollisionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    PseudonymCollisionException(String id, String where) {
        super(
                "the pseudonym "
                        + id
                        + " is also the id of another record in "
                        + where
                        + "; rename that record, or export with names");
    }
}
