package coop.maillage.project;

import coop.maillage.neo4j.Database;
import coop.maillage.store.NodeStore;
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

    ProjectController(Database database) {
        super(new NodeStore<>(database, MAPPING), MAPPING);
    }
}
