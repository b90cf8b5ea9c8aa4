package coop.maillage.actor;

import coop.maillage.neo4j.Database;
import coop.maillage.store.NodeStore;
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

    ActorController(Database database) {
        super(new NodeStore<>(database, MAPPING), MAPPING);
    }
}
