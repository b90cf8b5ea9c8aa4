package coop.maillage.event;

import coop.maillage.store.Stores;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/workshops}: workshops inside events. */
@RestController
@RequestMapping("/api/workshops")
@Tag(name = "workshops", description = "Workshops inside events")
class WorkshopController extends NodeController<Workshop> {

    private static final WorkshopMapping MAPPING = new WorkshopMapping();

    WorkshopController(Stores stores) {
        super(stores.nodes(MAPPING), MAPPING);
    }
}
