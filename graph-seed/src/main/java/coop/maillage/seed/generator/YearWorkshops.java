package coop.maillage.seed.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The workshops of one year, held until the year's projects have chosen the workshops they emerged
 * from; each workshop is the origin of at most one new project.
 */
final class YearWorkshops {

    private record Workshop(
            String id,
            String name,
            String event,
            String context,
            LocalDate date,
            int[] attendees) {}

    private final List<Workshop> workshops = new ArrayList<>();
    private final List<String> projects = new ArrayList<>();
    private final List<Integer> free = new ArrayList<>();

    void add(
            String id, String name, String event, String context, LocalDate date, int[] attendees) {
        free.add(workshops.size());
        workshops.add(new Workshop(id, name, event, context, date, attendees));
        projects.add(null);
    }

    int size() {
        return workshops.size();
    }

    /** A workshop no project has emerged from yet, drawn at random, or -1 if none is left. */
    int takeFree(SplittableRandom random) {
        if (free.isEmpty()) {
            return -1;
        }
        int position = random.nextInt(free.size());
        int workshop = free.get(position);
        free.set(position, free.get(free.size() - 1));
        free.remove(free.size() - 1);
        return workshop;
    }

    /** The workshops no project emerged from, in creation order. */
    List<Integer> unlinked() {
        List<Integer> unlinked = new ArrayList<>();
        for (int w = 0; w < size(); w++) {
            if (projects.get(w) == null) {
                unlinked.add(w);
            }
        }
        return unlinked;
    }

    void link(int workshop, String project) {
        projects.set(workshop, project);
    }

    String id(int w) {
        return workshops.get(w).id();
    }

    String name(int w) {
        return workshops.get(w).name();
    }

    String event(int w) {
        return workshops.get(w).event();
    }

    String context(int w) {
        return workshops.get(w).context();
    }

    LocalDate date(int w) {
        return workshops.get(w).date();
    }

    int[] attendees(int w) {
        return workshops.get(w).attendees();
    }

    /** The project the workshop worked on, or {@code null}. */
    String project(int w) {
        return projects.get(w);
    }
}
