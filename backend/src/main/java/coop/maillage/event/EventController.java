package coop.maillage.event;

import coop.maillage.store.Stores;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/events}: the pole's events. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "events", description = "The pole's events")
class EventController extends NodeController<Event> {

    private static final EventMapping MAPPING = new EventMapping();

    EventController(Stores stores) {
        super(stores.nodes(MAPPING), MAPPING);
    }
}
