package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The pole's events of one year: a Start-Up de Territoire evening, then challenges (territorial,
 * creative, prototyping, in turn), one event per {@value #PROJECTS_PER_CHALLENGE} projects of the
 * year and at least one. An event has a participant count of which half are identified actors
 * (attendances); its 2 to 5 workshops each gather some of those attendees. Workshop rows wait until
 * the year's projects have said which workshop they emerged from.
 */
final class EventModel {

    static final int PROJECTS_PER_CHALLENGE = 6;
    static final double IDENTIFIED_SHARE = 0.5;
    static final double WORKSHOP_ATTENDANCE = 0.7;
    static final int MIN_WORKSHOPS = 2;
    static final int MAX_WORKSHOPS = 5;

    private static final String[] CHALLENGE_TYPES = {
        "DEFI_TERRITORIAL", "DEFI_CREATIF", "DEFI_PROTOTYPAGE"
    };
    private static final String[] CHALLENGE_NAMES = {
        "Défi territorial", "Défi créatif", "Défi prototypage"
    };

    private final ActorPopulation actors;
    private final GeneratorParameters parameters;
    private final String provenance;
    private long events;
    private long workshops;
    private long attendances;

    EventModel(ActorPopulation actors, GeneratorParameters parameters, String provenance) {
        this.actors = actors;
        this.parameters = parameters;
        this.provenance = provenance;
    }

    /** Writes the year's events and attendances; returns its workshops, not yet written. */
    YearWorkshops writeYear(int year, int[] present, SplittableRandom random, CsvSink sink) {
        YearWorkshops workshopsOfYear = new YearWorkshops();
        int challenges = Math.max(1, parameters.projectsPerYear() / PROJECTS_PER_CHALLENGE);
        for (int e = 0; e <= challenges; e++) {
            boolean evening = e == 0;
            int type = evening ? 0 : (e - 1) % CHALLENGE_TYPES.length;
            String id = Ids.of("event", ++events, 5);
            String name = (evening ? "Start-Up de Territoire" : CHALLENGE_NAMES[type]) + " " + year;
            LocalDate date = LocalDate.of(year, random.nextInt(1, 13), random.nextInt(1, 29));
            int participants = evening ? random.nextInt(40, 151) : random.nextInt(15, 61);
            participants = Math.min(participants, present.length);
            sink.row(
                    CsvFile.EVENTS,
                    id,
                    name + " #" + (e + 1),
                    evening ? "STARTUP_DE_TERRITOIRE" : CHALLENGE_TYPES[type],
                    date,
                    evening ? date : date.plusDays(1),
                    participants,
                    TerritoryGenerator.TERRITORY_ID,
                    provenance);
            int[] attendees =
                    Sampling.distinct(
                            present, (int) Math.ceil(participants * IDENTIFIED_SHARE), random);
            for (int attendee : attendees) {
                attend(attendee, id, date, sink);
            }
            addWorkshops(workshopsOfYear, id, name, date, attendees, random, sink);
        }
        return workshopsOfYear;
    }

    private void addWorkshops(
            YearWorkshops year,
            String event,
            String eventName,
            LocalDate date,
            int[] attendees,
            SplittableRandom random,
            CsvSink sink) {
        int count = random.nextInt(MIN_WORKSHOPS, MAX_WORKSHOPS + 1);
        int[][] groups = new int[count][attendees.length];
        int[] sizes = new int[count];
        for (int attendee : attendees) {
            if (random.nextDouble() < WORKSHOP_ATTENDANCE) {
                int w = random.nextInt(count);
                groups[w][sizes[w]++] = attendee;
            }
        }
        for (int w = 0; w < count; w++) {
            String id = Ids.of("workshop", ++workshops, 6);
            int[] group = Arrays.copyOf(groups[w], sizes[w]);
            for (int attendee : group) {
                attend(attendee, id, date, sink);
            }
            year.add(id, eventName + " – atelier " + (w + 1), event, eventName, date, group);
        }
    }

    private void attend(int actor, String target, LocalDate date, CsvSink sink) {
        sink.row(
                CsvFile.ATTENDANCES,
                Ids.of("attendance", ++attendances, 7),
                actors.id(actor),
                target,
                date,
                date,
                provenance);
    }

    /** Writes the workshops of the year, with the project each one worked on. */
    void writeWorkshops(YearWorkshops year, CsvSink sink) {
        for (int w = 0; w < year.size(); w++) {
            sink.row(
                    CsvFile.WORKSHOPS,
                    year.id(w),
                    year.name(w),
                    year.event(w),
                    year.project(w),
                    year.date(w),
                    year.attendees(w).length,
                    provenance);
        }
    }
}
