package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.report.Indicator.Kind;
import coop.maillage.report.Indicator.Missing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The indicators of seed document 002, by hand on a small pole and on the seed (expected values
 * from {@code backend/src/test/python/report_seed_figures.py}, an independent implementation).
 */
class IndicatorsTest {

    static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);

    /**
     * A pole with two staff (one left in 2020), three projects: p1 (2019, 2 jobs, born in a
     * workshop, led by a), p2 (2020, 3 jobs, born at an event, no lead yet), p3 (2020, no jobs
     * recorded). The pole takes part in p1 and p2 in 2020, with a, b (partners) and staff s1.
     */
    static ReportFacts smallPole() {
        return new ReportFacts(
                "pole",
                "Pôle",
                false,
                List.of(
                        actor("pole", "POLE", false, null, null),
                        actor("a", "COMPANY", false, null, null),
                        actor("b", "ASSOCIATION", false, null, null),
                        actor("c", "COMPANY", false, null, null),
                        actor("s1", "EMPLOYEE", true, LocalDate.of(2015, 1, 1), null),
                        actor(
                                "s2",
                                "EMPLOYEE",
                                true,
                                LocalDate.of(2015, 1, 1),
                                LocalDate.of(2020, 6, 30))),
                List.of(),
                List.of(),
                List.of(
                        project("p1", LocalDate.of(2019, 3, 1), 2),
                        project("p2", LocalDate.of(2020, 5, 1), 3),
                        project("p3", LocalDate.of(2020, 9, 1), null)),
                List.of(
                        part("1", "pole", "p1", "FACILITATOR", LocalDate.of(2019, 3, 1)),
                        part("2", "a", "p1", "LEAD", LocalDate.of(2019, 3, 1)),
                        part("3", "s1", "p1", "PARTNER", LocalDate.of(2019, 3, 1)),
                        part("4", "pole", "p2", "FACILITATOR", LocalDate.of(2020, 5, 1)),
                        part("5", "b", "p2", "PARTNER", LocalDate.of(2020, 5, 1)),
                        part("6", "c", "p3", "LEAD", LocalDate.of(2020, 9, 1))),
                List.of(),
                List.of(),
                List.of(
                        new ReportFacts.Emergence("e1", "p1", "ws1", LocalDate.of(2019, 3, 1)),
                        new ReportFacts.Emergence("e2", "p2", "ev1", LocalDate.of(2020, 5, 1))),
                List.of());
    }

    @Test
    void shouldComputeEveryIndicatorOfASmallPoleByHand() {
        List<Indicator> indicators = Indicators.of(smallPole(), 2020);
        assertThat(indicators).extracting(Indicator::kind).containsExactly(Kind.values());
        // jobs: p2 and p3 start in 2020, only p2 records jobs (3)
        assertThat(indicators.get(0).value()).isEqualTo(3.0);
        // revenue: never recorded
        assertThat(indicators.get(1).missing()).isEqualTo(Missing.NO_REVENUE_RECORDED);
        assertThat(indicators.get(2).missing()).isEqualTo(Missing.NO_REVENUE_RECORDED);
        // qualified opportunities: p1, p2 of the three projects started by 2020
        assertThat(indicators.get(3).part()).isEqualTo(2);
        assertThat(indicators.get(3).whole()).isEqualTo(3);
        // ideas p1 and p2; only p1 has a lead other than the pole
        assertThat(indicators.get(4).value()).isEqualTo(0.5);
        // partners in 2020: a (p1), b (p2); s1 is staff; c is not on a project of the pole
        assertThat(indicators.get(5).part()).isEqualTo(1);
        assertThat(indicators.get(5).whole()).isEqualTo(2);
        // two partners, one staff member in post on 31 December 2020 (s2 left in June)
        assertThat(indicators.get(6).value()).isEqualTo(2.0);
        assertThat(indicators.get(6).whole()).isEqualTo(1);
    }

    @Test
    void shouldSayNotEnoughDataWithTheReason() {
        List<Indicator> indicators = Indicators.of(smallPole(), 2018);
        assertThat(indicators.get(0).missing()).isEqualTo(Missing.NO_JOBS_RECORDED);
        assertThat(indicators.get(3).missing()).isEqualTo(Missing.NO_PROJECT);
        assertThat(indicators.get(4).missing()).isEqualTo(Missing.NO_EMERGENCE_RECORDED);
        assertThat(indicators.get(5).missing()).isEqualTo(Missing.NO_PARTNER);
        assertThat(indicators.get(6).value()).isEqualTo(0.0);
        assertThat(Indicators.of(smallPole(), 2014).get(6).missing()).isEqualTo(Missing.NO_TEAM);
        assertThat(indicators).filteredOn(i -> !i.known()).allMatch(i -> i.value() == null);
    }

    @Test
    void shouldGiveTheSeedIndicatorsOf2019And2024() {
        ReportFacts seed = SeedReports.FACTS;
        List<Indicator> y2019 = Indicators.of(seed, 2019);
        assertThat(y2019.get(0).missing()).isEqualTo(Missing.NO_JOBS_RECORDED);
        assertThat(y2019.get(3))
                .extracting(Indicator::part, Indicator::whole)
                .containsExactly(21, 43);
        assertThat(y2019.get(4))
                .extracting(Indicator::part, Indicator::whole)
                .containsExactly(18, 21);
        assertThat(y2019.get(5))
                .extracting(Indicator::part, Indicator::whole)
                .containsExactly(16, 65);
        assertThat(y2019.get(6))
                .extracting(Indicator::part, Indicator::whole)
                .containsExactly(65, 6);
        List<Indicator> y2024 = Indicators.of(seed, 2024);
        assertThat(y2024.get(0).missing()).isEqualTo(Missing.NO_JOBS_RECORDED);
        assertThat(y2024.get(3))
                .extracting(Indicator::part, Indicator::whole)
                .containsExactly(24, 61);
        assertThat(y2024.get(4))
                .extracting(Indicator::part, Indicator::whole)
                .containsExactly(21, 24);
        assertThat(y2024.get(5))
                .extracting(Indicator::part, Indicator::whole)
                .containsExactly(16, 43);
        assertThat(y2024.get(6).value()).isEqualTo(43 / 9.0);
        // 2018: one project started that year records its jobs (5)
        assertThat(Indicators.of(seed, 2018).get(0).value()).isEqualTo(5.0);
    }

    private static ReportFacts.Actor actor(
            String id, String kind, boolean person, LocalDate from, LocalDate to) {
        return new ReportFacts.Actor(id, id, kind, "ESS", person, from, to, "illustrative");
    }

    private static ReportFacts.Project project(String id, LocalDate from, Integer jobs) {
        return new ReportFacts.Project(id, id, "D2", "ACTIVE", from, null, jobs, true, null, "x");
    }

    private static ReportFacts.Participation part(
            String id, String actor, String project, String role, LocalDate from) {
        return new ReportFacts.Participation(id, actor, project, role, from, null, "x");
    }
}
