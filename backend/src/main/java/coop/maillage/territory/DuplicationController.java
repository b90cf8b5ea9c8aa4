package coop.maillage.territory;

import coop.maillage.neo4j.Database;
import coop.maillage.store.RelationshipStore;
import coop.maillage.web.RelationshipController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/duplications}: projects duplicated in other territories. */
@RestController
@RequestMapping("/api/duplications")
@Tag(name = "duplications", description = "Projects duplicated in other territories")
class DuplicationController extends RelationshipController<Duplication> {

    DuplicationController(Database database) {
        this(new DuplicationMapping(), database);
    }

    private DuplicationController(DuplicationMapping mapping, Database database) {
        super(new RelationshipStore<>(database, mapping), mapping);
    }
}
