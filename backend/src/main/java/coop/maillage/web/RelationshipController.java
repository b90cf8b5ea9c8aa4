package coop.maillage.web;

import coop.maillage.privacy.Privacy;
import coop.maillage.store.Page;
import coop.maillage.store.RelationshipMapping;
import coop.maillage.store.RelationshipStore;
import coop.maillage.store.Versioned;
import java.util.HashSet;
import java.util.List;
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
    private final Privacy privacy;

    protected RelationshipController(RelationshipStore<T> store, RelationshipMapping<T> mapping) {
        this(store, mapping, null);
    }

    /**
     * For records that may touch a natural person: to users who may not see names, the quote of
     * their provenance is withheld, as in exports ({@link RelationshipMapping#withProvenance}).
     */
    protected RelationshipController(
            RelationshipStore<T> store, RelationshipMapping<T> mapping, Privacy privacy) {
        super(store);
        this.store = store;
        this.mapping = mapping;
        this.privacy = privacy;
    }

    @GetMapping
    public Page<T> list(@RequestParam Map<String, String> params) {
        String startField = mapping.start().field();
        String endField = mapping.end().field();
        Page<T> page =
                store.list(
                        ListParameters.parse(
                                params, mapping.filters(), Set.of(startField, endField)),
                        params.get(startField),
                        params.get(endField));
        return new Page<>(presentAll(page.items()), page.page(), page.size(), page.total());
    }

    @Override
    protected T present(T record) {
        return presentAll(List.of(record)).get(0);
    }

    private List<T> presentAll(List<T> records) {
        if (privacy == null || records.isEmpty() || !privacy.hidesNames()) {
            return records;
        }
        Set<String> ends = new HashSet<>();
        records.forEach(r -> ends.addAll(ends(r)));
        Set<String> persons = privacy.persons(ends);
        return records.stream()
                .map(
                        r ->
                                ends(r).stream().anyMatch(persons::contains)
                                        ? mapping.withProvenance(
                                                r,
                                                Privacy.withheld(
                                                        (String)
                                                                mapping.properties(r)
                                                                        .get("provenance")))
                                        : r)
                .toList();
    }

    private List<String> ends(T record) {
        return java.util.stream.Stream.of(
                        mapping.start().id().apply(record), mapping.end().id().apply(record))
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
