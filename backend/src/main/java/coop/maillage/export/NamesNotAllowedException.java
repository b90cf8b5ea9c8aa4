package coop.maillage.export;

/** A caller who is not an admin asked for the names of natural persons in an export. */
final class NamesNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NamesNotAllowedException() {
        super(
                "names=true: only an admin may export the names of natural persons; leave names"
                        + " out to get them under their pseudonyms");
    }
}
