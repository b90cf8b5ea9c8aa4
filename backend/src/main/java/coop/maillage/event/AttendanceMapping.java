package coop.maillage.event;

import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.RelationshipMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Relationship;

/** Attendance records are {@code :ATTENDED} relationships. */
final class AttendanceMapping implements RelationshipMapping<Attendance> {

    private static final End<Attendance> START =
            new End<>("actor", List.of("Actor"), Attendance::actor);
    private static final End<Attendance> END =
            new End<>("target", List.of("Event", "Workshop"), Attendance::target);

    @Override
    public String type() {
        return "ATTENDED";
    }

    @Override
    public String entity() {
        return "attendance";
    }

    @Override
    public End<Attendance> start() {
        return START;
    }

    @Override
    public End<Attendance> end() {
        return END;
    }

    @Override
    public Map<String, Object> properties(Attendance record) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", record.from());
        p.put("to", record.to());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Attendance fromRelationship(Relationship r, String startId, String endId) {
        return new Attendance(
                string(r, "id"),
                startId,
                endId,
                date(r, "from"),
                date(r, "to"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of();
    }

    @Override
    public Attendance withProvenance(Attendance a, String provenance) {
        return new Attendance(
                a.id(), a.actor(), a.target(), a.from(), a.to(), provenance, a.version());
    }
}
