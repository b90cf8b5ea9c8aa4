package coop.maillage.territory;

import coop.maillage.store.Stores;
import coop.maillage.web.RelationshipController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/duplications}: projects duplicated in other territories. */
@RestController
@RequestMapping("/api/duplications")
@Tag(name = "duplications", description = "Projects duplicated in other territories")
class DuplicationController extends RelationshipController<Duplication> {

    private static final DuplicationMapping MAPPING = new DuplicationMapping();

    DuplicationController(Stores stores) {
        super(stores.relationships(MAPPING), MAPPING);
    }
}
