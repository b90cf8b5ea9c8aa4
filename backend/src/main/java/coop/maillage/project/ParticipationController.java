package coop.maillage.project;

import coop.maillage.privacy.Privacy;
import coop.maillage.store.Stores;
import coop.maillage.web.RelationshipController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/participations}: who takes part in which project, in which role. */
@RestController
@RequestMapping("/api/participations")
@Tag(name = "participations", description = "Who takes part in which project, in which role")
class ParticipationController extends RelationshipController<Participation> {

    private static final ParticipationMapping MAPPING = new ParticipationMapping();

    ParticipationController(Stores stores, Privacy privacy) {
        super(stores.relationships(MAPPING), MAPPING, privacy);
    }
}
