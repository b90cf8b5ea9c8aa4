package coop.maillage.actor;

import coop.maillage.store.Stores;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/actors}: the organisations and persons of a territory. Deleting one removes its ties.
 */
@RestController
@RequestMapping("/api/actors")
@Tag(name = "actors", description = "Organisations and natural persons of a territory")
class ActorController extends NodeController<Actor> {

    private static final ActorMapping MAPPING = new ActorMapping();

    ActorController(Stores stores) {
        super(stores.nodes(MAPPING), MAPPING);
    }
}
