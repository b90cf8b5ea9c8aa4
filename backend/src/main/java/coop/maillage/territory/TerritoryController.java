package coop.maillage.territory;

import coop.maillage.store.Stores;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/territories}: territories. */
@RestController
@RequestMapping("/api/territories")
@Tag(name = "territories", description = "Territories")
class TerritoryController extends NodeController<Territory> {

    private static final TerritoryMapping MAPPING = new TerritoryMapping();

    TerritoryController(Stores stores) {
        super(stores.nodes(MAPPING), MAPPING);
    }
}
