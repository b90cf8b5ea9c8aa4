package coop.maillage.web;

import coop.maillage.store.ListQuery;
import coop.maillage.store.NodeMapping;
import coop.maillage.store.NodeStore;
import coop.maillage.store.Page;
import coop.maillage.store.Versioned;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The REST resource of one kind of node record: list (paged; filtered by the mapping's filters and
 * by {@code q}, text in the name), read, create, update, delete.
 */
public abstract class NodeController<T extends Versioned> extends RecordController<T> {

    private final NodeStore<T> store;
    private final NodeMapping<T> mapping;

    protected NodeController(NodeStore<T> store, NodeMapping<T> mapping) {
        super(store);
        this.store = store;
        this.mapping = mapping;
    }

    @GetMapping
    public Page<T> list(@RequestParam Map<String, String> params) {
        Page<T> page =
                store.list(restrict(ListParameters.parse(params, mapping.filters(), Set.of())));
        return new Page<>(
                page.items().stream().map(this::present).toList(),
                page.page(),
                page.size(),
                page.total());
    }

    /** The list query as the caller may run it: as asked, unless a subclass restricts it. */
    protected ListQuery restrict(ListQuery query) {
        return query;
    }
}
