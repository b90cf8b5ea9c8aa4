package coop.maillage.store;

/** Read, create, update and delete records of one kind by id. */
public interface RecordStore<T extends Versioned> {

    T create(T record);

    T get(String id);

    T update(String id, T record);

    void delete(String id);
}
