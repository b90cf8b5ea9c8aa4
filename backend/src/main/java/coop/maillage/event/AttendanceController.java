package coop.maillage.event;

import coop.maillage.privacy.Privacy;
import coop.maillage.store.Stores;
import coop.maillage.web.RelationshipController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/attendances}: who attended which event or workshop. */
@RestController
@RequestMapping("/api/attendances")
@Tag(name = "attendances", description = "Who attended which event or workshop")
class AttendanceController extends RelationshipController<Attendance> {

    private static final AttendanceMapping MAPPING = new AttendanceMapping();

    AttendanceController(Stores stores, Privacy privacy) {
        super(stores.relationships(MAPPING), MAPPING, privacy);
    }
}
