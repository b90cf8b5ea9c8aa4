package coop.maillage.membership;

import coop.maillage.store.Stores;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/colleges}: the member colleges of the cooperative. */
@RestController
@RequestMapping("/api/colleges")
@Tag(name = "colleges", description = "The member colleges of the cooperative")
class CollegeController extends NodeController<College> {

    private static final CollegeMapping MAPPING = new CollegeMapping();

    CollegeController(Stores stores) {
        super(stores.nodes(MAPPING), MAPPING);
    }
}
