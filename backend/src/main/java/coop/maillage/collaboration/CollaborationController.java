package coop.maillage.collaboration;

import coop.maillage.privacy.Privacy;
import coop.maillage.store.Stores;
import coop.maillage.web.RelationshipController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/collaborations}: direct collaborations between actors. */
@RestController
@RequestMapping("/api/collaborations")
@Tag(name = "collaborations", description = "Direct collaborations between actors")
class CollaborationController extends RelationshipController<Collaboration> {

    private static final CollaborationMapping MAPPING = new CollaborationMapping();

    CollaborationController(Stores stores, Privacy privacy) {
        super(stores.relationships(MAPPING), MAPPING, privacy);
    }
}
