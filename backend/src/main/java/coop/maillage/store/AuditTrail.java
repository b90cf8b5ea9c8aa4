package coop.maillage.store;

import org.neo4j.driver.TransactionContext;

/**
 * Records who changed what, in the same transaction as the change: the change and its record land
 * together or not at all.
 */
public interface AuditTrail {

    /**
     * Records one change.
     *
     * @param tx the transaction of the change
     * @param action what was done: {@code create}, {@code update}, {@code delete}, {@code erase},
     *     {@code import}…
     * @param entity the kind of record (e.g. {@code actor})
     * @param id the record's id
     * @param detail a short description, without personal data
     */
    void record(TransactionContext tx, String action, String entity, String id, String detail);
}
