package coop.maillage.actor;

import coop.maillage.privacy.Privacy;
import coop.maillage.store.Stores;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/actors}: the organisations and persons of a territory. Natural persons appear under
 * pseudonyms to users who may not see names. Deleting an actor erases it and all its ties.
 */
@RestController
@RequestMapping("/api/actors")
@Tag(name = "actors", description = "Organisations and natural persons of a territory")
class ActorController extends NodeController<Actor> {

    private static final ActorMapping MAPPING = new ActorMapping();

    private final Privacy privacy;

    ActorController(Stores stores, Privacy privacy) {
        super(stores.nodes(MAPPING), MAPPING);
        this.privacy = privacy;
    }

    @Override
    protected Actor present(Actor actor) {
        if (!Boolean.TRUE.equals(actor.person()) || !privacy.hidesNames()) {
            return actor;
        }
        return new Actor(
                actor.id(),
                privacy.pseudonym(actor.id()),
                actor.kind(),
                actor.sector(),
                null,
                true,
                actor.from(),
                actor.to(),
                actor.territory(),
                actor.provenance(),
                actor.version());
    }
}
