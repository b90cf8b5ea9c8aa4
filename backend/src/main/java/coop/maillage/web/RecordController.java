package coop.maillage.web;

import coop.maillage.store.RecordStore;
import coop.maillage.store.Versioned;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Read, create, update (with the version read) and delete one kind of record. Subclasses add the
 * list and name the path.
 */
public abstract class RecordController<T extends Versioned> {

    private final RecordStore<T> store;

    protected RecordController(RecordStore<T> store) {
        this.store = store;
    }

    @GetMapping("/{id}")
    public T get(@PathVariable String id) {
        return present(store.get(id));
    }

    /** What the caller may see of a record read; all of it unless a subclass hides some. */
    protected T present(T record) {
        return record;
    }

    @PostMapping
    public ResponseEntity<T> create(@Valid @RequestBody T record) {
        T created = store.create(record);
        URI location =
                ServletUriComponentsBuilder.fromCurrentRequest()
                        .path("/{id}")
                        .buildAndExpand(created.id())
                        .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    public T update(@PathVariable String id, @Valid @RequestBody T record) {
        PathIds.check(id, record.id());
        return store.update(id, record);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        store.delete(id);
        return ResponseEntity.noContent().build();
    }
}
