package coop.maillage.actor;

import coop.maillage.privacy.Privacy;
import coop.maillage.store.ListQuery;
import coop.maillage.store.Stores;
import coop.maillage.web.BadParameterException;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/actors}: the organisations and persons of a territory. Natural persons appear under
 * pseudonyms, without commune and with the quote of their provenance withheld, to users who may not
 * see names; for them, a search finds persons by pseudonym only and a filter on the commune finds
 * organisations only. Deleting an actor erases it and all its ties.
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
    protected ListQuery restrict(ListQuery query) {
        if (!privacy.hidesNames()) {
            return query;
        }
        ListQuery restricted = query;
        if (query.filters().containsKey("commune")) {
            if (Boolean.TRUE.equals(query.filters().get("person"))) {
                throw new BadParameterException(
                        "commune",
                        "the commune of natural persons is not shown to you; filter"
                                + " organisations by commune (person=false), or persons by"
                                + " another attribute");
            }
            Map<String, Object> filters = new HashMap<>(query.filters());
            filters.put("person", false);
            restricted = restricted.withFilters(filters);
        }
        if (query.text() != null) {
            restricted = restricted.withTextPersons(privacy.personsMatching(query.text()));
        }
        return restricted;
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
                Privacy.withheld(actor.provenance()),
                actor.version());
    }
}
