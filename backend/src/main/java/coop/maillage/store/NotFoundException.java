package coop.maillage.store;

/** No record of this kind has this id. */
public class NotFoundException extends RuntimeException {

    private final String entity;
    private final String id;

    public NotFoundException(String entity, String id) {
        super("No " + entity + " with id '" + id + "'");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
