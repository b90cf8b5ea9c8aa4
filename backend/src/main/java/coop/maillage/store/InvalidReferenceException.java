package coop.maillage.store;

/** A field names a record that does not exist, or one of the wrong kind. */
public class InvalidReferenceException extends RuntimeException {

    private final String field;
    private final String value;

    public InvalidReferenceException(String field, String value, String expected) {
        super(field + ": no " + expected + " with id '" + value + "'");
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
