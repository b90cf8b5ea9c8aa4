package coop.maillage.report;

import coop.maillage.seed.CsvDataset;
import coop.maillage.seed.CsvFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@link ReportFacts} read from a dataset in the CSV format, for tests without a database. */
final class SeedFacts {

    private SeedFacts() {}

    /** The Clus'Ter Jura seed's facts, marked as the demonstration dataset. */
    static ReportFacts clusterJura() {
        return of(CsvDataset.fromClasspath("seed/clusterjura"), "clusterjura", true);
    }

    static ReportFacts of(CsvDataset data, String poleId, boolean demonstration) {
        List<ReportFacts.Actor> actors =
                rows(
                        data,
                        CsvFile.ACTORS,
                        v ->
                                new ReportFacts.Actor(
                                        s(v, "id"),
                                        s(v, "name"),
                                        s(v, "kind"),
                                        s(v, "sector"),
                                        Boolean.TRUE.equals(v.get("person")),
                                        d(v, "from"),
                                        d(v, "to"),
                                        s(v, "provenance")));
        String poleName =
                actors.stream()
                        .filter(a -> a.id().equals(poleId))
                        .map(ReportFacts.Actor::name)
                        .findFirst()
                        .orElse(null);
        return new ReportFacts(
                poleId,
                poleName,
                demonstration,
                actors,
                rows(
                        data,
                        CsvFile.COLLEGES,
                        v -> new ReportFacts.College(s(v, "id"), s(v, "name"))),
                rows(data, CsvFile.MEMBERSHIPS, v -> v).stream()
                        .filter(v -> poleId.equals(v.get("pole")))
                        .map(
                                v ->
                                        new ReportFacts.Membership(
                                                s(v, "id"),
                                                s(v, "actor"),
                                                s(v, "college"),
                                                d(v, "from"),
                                                d(v, "to"),
                                                s(v, "provenance")))
                        .toList(),
                rows(data, CsvFile.PROJECTS, SeedFacts::project),
                rows(
                        data,
                        CsvFile.PARTICIPATIONS,
                        v ->
                                new ReportFacts.Participation(
                                        s(v, "id"),
                                        s(v, "actor"),
                                        s(v, "project"),
                                        s(v, "role"),
                                        d(v, "from"),
                                        d(v, "to"),
                                        s(v, "provenance"))),
                rows(
                        data,
                        CsvFile.EVENTS,
                        v ->
                                new ReportFacts.Event(
                                        s(v, "id"),
                                        s(v, "name"),
                                        s(v, "type"),
                                        d(v, "from"),
                                        d(v, "to"),
                                        i(v, "participants"),
                                        s(v, "provenance"))),
                rows(
                        data,
                        CsvFile.WORKSHOPS,
                        v ->
                                new ReportFacts.Workshop(
                                        s(v, "id"),
                                        s(v, "event"),
                                        s(v, "project"),
                                        d(v, "from"),
                                        i(v, "participants"),
                                        s(v, "provenance"))),
                rows(
                        data,
                        CsvFile.EMERGENCES,
                        v ->
                                new ReportFacts.Emergence(
                                        s(v, "id"), s(v, "project"), s(v, "origin"), d(v, "from"))),
                rows(
                        data,
                        CsvFile.FIGURES,
                        v ->
                                new ReportFacts.Figure(
                                        s(v, "id"),
                                        s(v, "subject"),
                                        s(v, "metric"),
                                        i(v, "year"),
                                        ((Number) v.get("value")).doubleValue(),
                                        s(v, "source"),
                                        s(v, "quote"),
                                        Boolean.TRUE.equals(v.get("usedBySeed")),
                                        s(v, "note"))));
    }

    private static ReportFacts.Project project(Map<String, Object> v) {
        return new ReportFacts.Project(
                s(v, "id"),
                s(v, "name"),
                s(v, "stage"),
                s(v, "status"),
                d(v, "from"),
                d(v, "to"),
                i(v, "jobs"),
                (Boolean) v.get("accompanied"),
                s(v, "emergenceContext"),
                s(v, "provenance"));
    }

    private static <T> List<T> rows(
            CsvDataset data, CsvFile file, Function<Map<String, Object>, T> map) {
        return data.rows(file).stream().map(r -> map.apply(r.values())).toList();
    }

    private static String s(Map<String, Object> v, String key) {
        return (String) v.get(key);
    }

    private static LocalDate d(Map<String, Object> v, String key) {
        return (LocalDate) v.get(key);
    }

    private static Integer i(Map<String, Object> v, String key) {
        Object value = v.get(key);
        return value == null ? null : ((Number) value).intValue();
    }
}
