package coop.maillage.store;

/**
 * The write conflicts with the stored state: the id is taken, or someone else changed the record
 * since it was read.
 */
public class ConflictException extends RuntimeException {

    private final String fix;

    public ConflictException(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    /** What the caller should do. */
    public String fix() {
        return fix;
    }
}
