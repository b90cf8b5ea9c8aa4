package coop.maillage.project;

import coop.maillage.store.Stores;
import coop.maillage.web.NodeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/projects}: projects, their 5D stage, status and pillar scores. */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "projects", description = "Projects, their 5D stage, status and pillar scores")
class ProjectController extends NodeController<Project> {

    private static final ProjectMapping MAPPING = new ProjectMapping();

    ProjectController(Stores stores) {
        super(stores.nodes(MAPPING), MAPPING);
    }
}
