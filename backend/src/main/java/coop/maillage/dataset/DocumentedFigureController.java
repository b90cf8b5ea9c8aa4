package coop.maillage.dataset;

import coop.maillage.store.Stores;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/figures}: figures documented by the sources, with provenance. */
@RestController
@RequestMapping("/api/figures")
@Tag(name = "figures", description = "Figures documented by the sources, with provenance")
class DocumentedFigureController extends NodeController<DocumentedFigure> {

    private static final DocumentedFigureMapping MAPPING = new DocumentedFigureMapping();

    DocumentedFigureController(Stores stores) {
        super(stores.nodes(MAPPING), MAPPING);
    }
}
