package coop.maillage.web;

import coop.maillage.store.Page;
import coop.maillage.store.RelationshipMapping;
import coop.maillage.store.RelationshipStore;
import coop.maillage.store.Versioned;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The REST resource of one kind of relationship record. Lists filter on either end by the name of
 * the field that holds it (e.g. {@code ?actor=edf&project=p1}) and on the mapping's filters.
 */
public abstract class RelationshipController<T extends Versioned> extends RecordController<T> {

    private final RelationshipStore<T> store;
    private final RelationshipMapping<T> mapping;

    protected RelationshipController(RelationshipStore<T> store, RelationshipMapping<T> mapping) {
        super(store);
        this.store = store;
        this.mapping = mapping;
    }

    @GetMapping
    public Page<T> list(@RequestParam Map<String, String> params) {
        String startField = mapping.start().field();
        String endField = mapping.end().field();
        return store.list(
                ListParameters.parse(params, mapping.filters(), Set.of(startField, endField)),
                params.get(startField),
                params.get(endField));
    }
}
