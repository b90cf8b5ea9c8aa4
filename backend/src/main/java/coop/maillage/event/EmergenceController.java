package coop.maillage.event;

import coop.maillage.store.Stores;
import coop.maillage.web.RelationshipController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/emergences}: which project emerged from which event or workshop. */
@RestController
@RequestMapping("/api/emergences")
@Tag(name = "emergences", description = "Which project emerged from which event or workshop")
class EmergenceController extends RelationshipController<Emergence> {

    private static final EmergenceMapping MAPPING = new EmergenceMapping();

    EmergenceController(Stores stores) {
        super(stores.relationships(MAPPING), MAPPING);
    }
}
