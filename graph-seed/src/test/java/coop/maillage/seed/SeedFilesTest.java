package coop.maillage.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the Clus'Ter Jura seed graph against docs/data-format.md and against the figures the
 * source documents give (figures.csv rows with usedBySeed=true). Member counts are taken on 31
 * December of each year; an interval given as a bare year or month covers the whole year or month.
 */
class SeedFilesTest {

    private static final String DIR = "/seed/clusterjura/";

    private static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

    static {
        header("territories", "id,name,provenance");
        header("colleges", "id,name,description,provenance");
        header("actors", "id,name,kind,sector,commune,person,from,to,territory,provenance");
        header(
                "projects",
                "id,name,domain,stage,status,legalForm,from,to,jobs,accompanied,scoreOwnership,"
                        + "scoreAnchoring,scoreHybrid,scoreResilience,scoreTotal,emergenceContext,"
                        + "territory,provenance");
        header("events", "id,name,type,from,to,participants,territory,provenance");
        header("workshops", "id,name,event,project,from,participants,provenance");
        header("memberships", "id,actor,pole,college,shares,from,to,provenance");
        header("participations", "id,actor,project,role,from,to,provenance");
        header("attendances", "id,actor,target,from,to,provenance");
        header("collaborations", "id,source,target,kind,weight,from,to,provenance");
        header("emergences", "id,project,origin,from,provenance");
        header("duplications", "id,project,territory,from,provenance");
        header("figures", "id,subject,metric,year,value,source,quote,usedBySeed,note,provenance");
    }

    private static final List<String> SOURCES =
            List.of(
                    "000_5186f769c243029d.txt",
                    "001_cf09c193b4e9e1b8.txt",
                    "002_f3ef42551daaf4c6.txt",
                    "003_63fefee6844dd0ec.txt",
                    "004_0f9c445a29e0605b.txt");

    private static final Set<String> ACTOR_KINDS =
            Set.of(
                    "POLE",
                    "COMPANY",
                    "LOCAL_GOVERNMENT",
                    "PUBLIC_BODY",
                    "ASSOCIATION",
                    "COOPERATIVE",
                    "RESEARCH_TRAINING",
                    "FUNDER",
                    "SUPPORT_NETWORK",
                    "NETWORK",
                    "CITIZEN",
                    "EMPLOYEE");
    private static final Set<String> PERSON_KINDS = Set.of("CITIZEN", "EMPLOYEE");
    private static final Set<String> SECTORS =
            Set.of("ESS", "ENTREPRISE", "PUBLIC", "RECHERCHE", "CITOYEN", "FINANCEUR");
    private static final Set<String> STAGES = Set.of("D1", "D2", "D3", "D4", "D5");
    private static final Set<String> STATUSES = Set.of("IDEA", "EMERGING", "ACTIVE", "STOPPED");
    private static final Set<String> EVENT_TYPES =
            Set.of(
                    "STARTUP_DE_TERRITOIRE",
                    "DEFI_TERRITORIAL",
                    "DEFI_CREATIF",
                    "DEFI_PROTOTYPAGE",
                    "ASSEMBLEE_GENERALE",
                    "REUNION_COLLEGE",
                    "OTHER");
    private static final Set<String> ROLES =
            Set.of("LEAD", "PARTNER", "FUNDER", "FACILITATOR", "BENEFICIARY");
    private static final Set<String> COLLABORATION_KINDS =
            Set.of("PARTNERSHIP", "POOLING", "AGREEMENT", "FUNDING", "SUPPORT", "NETWORK");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern PSEUDONYM =
            Pattern.compile(
                    "(Citoyen·ne sociétaire|Salarié·e|Porteur·se de projet) \\d{2}( \\(.+\\))?");

    /**
     * SHA-256 prefixes of the surnames of the private individuals the sources quote or thank: the
     * seed must never name them, and hashing keeps the names themselves out of the repository.
     */
    private static final Set<String> FORBIDDEN_NAME_HASHES =
            Set.of(
                    "82a6a1e75ac521fa",
                    "8608ffce69e7306b",
                    "a7ebba8c1cc774bd",
                    "7a0231bc5d5ded71",
                    "0bdca0693481f71f",
                    "9dfb9333bf1b397b",
                    "419952938a0651b0",
                    "c8cf3bafabfb45f8",
                    "6b767a0b1362477d",
                    "a44d68f3d4012b5f",
                    "495dc8673d4db37f",
                    "b514b51fc40aca0d",
                    "e6610c41efbf4561",
                    "f3b1f53a1a982661",
                    "edea145d654023f9",
                    "49092e9efc5751e3",
                    "b429c5ad0e4cc1bc",
                    "dc814a25c3ae905a");

    private static final String POLE = "clusterjura";
    private static final String STUDY_PREFIX = "e24-";
    private static final String LONS_EVENING_PREFIX = "ev-sdt-lons-";

    private static final Map<String, Table> TABLES = new HashMap<>();

    record Table(String name, List<String> header, List<CSVRecord> rows) {

        Set<String> ids() {
            return rows.stream().map(r -> r.get("id")).collect(Collectors.toSet());
        }

        CSVRecord byId(String id) {
            return rows.stream()
                    .filter(r -> r.get("id").equals(id))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + ".csv has no id " + id));
        }
    }

    private static void header(String file, String columns) {
        HEADERS.put(file, List.of(columns.split(",")));
    }

    @BeforeAll
    static void readFiles() throws IOException {
        for (String name : HEADERS.keySet()) {
            try (InputStream in = SeedFilesTest.class.getResourceAsStream(DIR + name + ".csv")) {
                if (in == null) {
                    fail("missing " + DIR + name + ".csv");
                }
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVFormat format =
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
                try (CSVParser parser = CSVParser.parse(reader, format)) {
                    TABLES.put(name, new Table(name, parser.getHeaderNames(), parser.getRecords()));
                }
            }
        }
    }

    private static Table t(String name) {
        return TABLES.get(name);
    }

    static LocalDate start(String date) {
        if (date.isBlank()) {
            return LocalDate.MIN;
        }
        String[] p = date.split("-");
        return p.length == 1
                ? LocalDate.of(Integer.parseInt(p[0]), 1, 1)
                : p.length == 2 ? YearMonth.parse(date).atDay(1) : LocalDate.parse(date);
    }

    static LocalDate end(String date) {
        if (date.isBlank()) {
            return LocalDate.MAX;
        }
        String[] p = date.split("-");
        return p.length == 1
                ? LocalDate.of(Integer.parseInt(p[0]), 12, 31)
                : p.length == 2 ? YearMonth.parse(date).atEndOfMonth() : LocalDate.parse(date);
    }

    private static boolean activeOn(CSVRecord r, LocalDate day) {
        return !start(r.get("from")).isAfter(day) && !end(r.get("to")).isBefore(day);
    }

    private static List<CSVRecord> usedFigures(String metric) {
        return t("figures").rows().stream()
                .filter(f -> f.get("metric").equals(metric))
                .filter(f -> f.get("usedBySeed").equals("true"))
                .toList();
    }

    private static int intValue(CSVRecord figure) {
        return (int) Double.parseDouble(figure.get("value"));
    }

    private static long membersOn(LocalDate day, Predicate<CSVRecord> filter) {
        return t("memberships").rows().stream()
                .filter(m -> activeOn(m, day))
                .filter(filter)
                .count();
    }

    @Test
    void shouldHaveEveryFileWithTheDocumentedHeader() {
        HEADERS.forEach(
                (name, header) ->
                        assertThat(t(name).header()).as(name + ".csv header").isEqualTo(header));
    }

    @Test
    void shouldHaveUniqueWellFormedIds() {
        for (Table table : TABLES.values()) {
            List<String> ids = table.rows().stream().map(r -> r.get("id")).toList();
            assertThat(ids).as(table.name() + ".csv ids").doesNotHaveDuplicates();
            assertThat(ids).as(table.name() + ".csv ids").allMatch(id -> ID.matcher(id).matches());
        }
    }

    @Test
    void shouldHaveWellFormedDatesWithFromBeforeTo() {
        for (Table table : TABLES.values()) {
            for (CSVRecord r : table.rows()) {
                String place = table.name() + ".csv line " + r.getRecordNumber();
                for (String column : List.of("from", "to")) {
                    if (r.isMapped(column) && !r.get(column).isBlank()) {
                        assertThat(r.get(column)).as(place + " " + column).matches(DATE);
                    }
                }
                if (r.isMapped("to") && !r.get("to").isBlank()) {
                    assertThat(start(r.get("from"))).as(place).isBeforeOrEqualTo(end(r.get("to")));
                }
            }
        }
    }

    @Test
    void shouldResolveEveryReference() {
        Set<String> actors = t("actors").ids();
        Set<String> projects = t("projects").ids();
        Set<String> events = t("events").ids();
        Set<String> territories = t("territories").ids();
        Set<String> targets = new HashSet<>(events);
        targets.addAll(t("workshops").ids());
        Set<String> poles =
                t("actors").rows().stream()
                        .filter(a -> a.get("kind").equals("POLE"))
                        .map(a -> a.get("id"))
                        .collect(Collectors.toSet());
        refs("actors", "territory", territories, true);
        refs("projects", "territory", territories, true);
        refs("events", "territory", territories, true);
        refs("workshops", "event", events, false);
        refs("workshops", "project", projects, true);
        refs("memberships", "actor", actors, false);
        refs("memberships", "pole", poles, false);
        refs("memberships", "college", t("colleges").ids(), false);
        refs("participations", "actor", actors, false);
        refs("participations", "project", projects, false);
        refs("attendances", "actor", actors, false);
        refs("attendances", "target", targets, false);
        refs("collaborations", "source", actors, false);
        refs("collaborations", "target", actors, false);
        refs("emergences", "project", projects, false);
        refs("emergences", "origin", targets, false);
        refs("duplications", "project", projects, false);
        refs("duplications", "territory", territories, false);
    }

    private static void refs(String file, String column, Set<String> ids, boolean optional) {
        for (CSVRecord r : t(file).rows()) {
            String value = r.get(column);
            if (optional && value.isBlank()) {
                continue;
            }
            assertThat(ids)
                    .as("%s.csv line %d, %s = '%s'", file, r.getRecordNumber(), column, value)
                    .contains(value);
        }
    }

    @Test
    void shouldUseOnlyTheDocumentedVocabularies() {
        vocabulary("actors", "kind", ACTOR_KINDS, false);
        vocabulary("actors", "sector", SECTORS, false);
        vocabulary("projects", "stage", STAGES, true);
        vocabulary("projects", "status", STATUSES, true);
        vocabulary("projects", "accompanied", Set.of("true", "false"), true);
        vocabulary("events", "type", EVENT_TYPES, false);
        vocabulary("participations", "role", ROLES, false);
        vocabulary("collaborations", "kind", COLLABORATION_KINDS, false);
        vocabulary("figures", "usedBySeed", Set.of("true", "false"), false);
        vocabulary("figures", "source", Set.copyOf(SOURCES), false);
        assertThat(t("collaborations").rows())
                .allMatch(c -> Double.parseDouble(c.get("weight")) > 0);
    }

    private static void vocabulary(String file, String column, Set<String> allowed, boolean opt) {
        for (CSVRecord r : t(file).rows()) {
            String value = r.get(column);
            if (opt && value.isBlank()) {
                continue;
            }
            assertThat(allowed)
                    .as("%s.csv line %d, %s = '%s'", file, r.getRecordNumber(), column, value)
                    .contains(value);
        }
    }

    @Test
    void shouldMarkExactlyCitizensAndEmployeesAsPersons() {
        for (CSVRecord a : t("actors").rows()) {
            boolean person = PERSON_KINDS.contains(a.get("kind"));
            assertThat(a.get("person")).as(a.get("id")).isEqualTo(Boolean.toString(person));
        }
    }

    @Test
    void shouldGivePersonActorsPseudonymsOnly() {
        t("actors").rows().stream()
                .filter(a -> a.get("person").equals("true"))
                .forEach(a -> assertThat(a.get("name")).as(a.get("id")).matches(PSEUDONYM));
    }

    @Test
    void shouldNameNoPrivateIndividualOfTheSources() throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Table table : TABLES.values()) {
            for (CSVRecord r : table.rows()) {
                for (String word : r.toList().stream().flatMap(this::words).toList()) {
                    byte[] digest = sha.digest(word.getBytes(StandardCharsets.UTF_8));
                    String prefix = HexFormat.of().formatHex(digest).substring(0, 16);
                    assertThat(FORBIDDEN_NAME_HASHES)
                            .as(
                                    "%s.csv line %d names a private individual",
                                    table.name(), r.getRecordNumber())
                            .doesNotContain(prefix);
                }
            }
        }
    }

    private java.util.stream.Stream<String> words(String cell) {
        String plain =
                Normalizer.normalize(cell, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(plain.split("[^a-z]+")).filter(w -> !w.isEmpty());
    }

    @Test
    void shouldGiveEveryRowAProvenanceFromASourceOrMarkedIllustrative() {
        for (Table table : TABLES.values()) {
            if (table.name().equals("figures")) {
                assertThat(table.rows()).allMatch(f -> !f.get("quote").isBlank());
                continue;
            }
            for (CSVRecord r : table.rows()) {
                String provenance = r.get("provenance");
                boolean fromSource =
                        SOURCES.stream().anyMatch(s -> provenance.startsWith(s + ": "));
                assertThat(fromSource || provenance.startsWith("illustrative"))
                        .as(
                                "%s.csv line %d provenance '%s'",
                                table.name(), r.getRecordNumber(), provenance)
                        .isTrue();
            }
        }
    }

    @Test
    void shouldReproduceTheDocumentedMemberCountOn31DecemberOfEachYear() {
        List<CSVRecord> figures = usedFigures("members");
        assertThat(figures).extracting(f -> f.get("year")).contains("2018", "2019", "2024");
        for (CSVRecord f : figures) {
            LocalDate day = LocalDate.of(Integer.parseInt(f.get("year")), 12, 31);
            assertThat(membersOn(day, m -> m.get("pole").equals(POLE)))
                    .as("members on %s (%s)", day, f.get("id"))
                    .isEqualTo(intValue(f));
        }
    }

    @Test
    void shouldHoldTheCaseStudyBoxCountOnThe30June2019() {
        CSVRecord box = t("figures").byId("fig-members-2019-box");
        assertThat(membersOn(LocalDate.of(2019, 6, 30), m -> true)).isEqualTo(intValue(box));
    }

    @Test
    void shouldHaveTheFoundersAsTheFoundersCollege() {
        CSVRecord founders = usedFigures("founders").get(0);
        LocalDate day = LocalDate.of(Integer.parseInt(founders.get("year")), 12, 31);
        assertThat(membersOn(day, m -> m.get("college").equals("col-fondateurs")))
                .isEqualTo(intValue(founders));
        assertThat(t("colleges").rows()).hasSize(intValue(usedFigures("colleges").get(0)));
    }

    @Test
    void shouldStartMembershipsInTheYearTheSeedGivesForTheScic() {
        Set<Integer> years =
                usedFigures("scic_year").stream()
                        .map(SeedFilesTest::intValue)
                        .collect(Collectors.toSet());
        assertThat(years).hasSize(1);
        LocalDate first =
                t("memberships").rows().stream()
                        .map(m -> start(m.get("from")))
                        .min(LocalDate::compareTo)
                        .orElseThrow();
        assertThat(first.getYear()).isEqualTo(years.iterator().next());
    }

    @Test
    void shouldCountAboutFifteenMemberCompaniesIn2019() {
        CSVRecord f = usedFigures("member_companies").get(0);
        Set<String> companyColleges = Set.of("col-fondateurs", "col-entreprises");
        assertThat(
                        membersOn(
                                LocalDate.of(2019, 12, 31),
                                m -> companyColleges.contains(m.get("college"))))
                .isEqualTo(intValue(f));
    }

    @Test
    void shouldCountTheDocumentedStaffOn31December() {
        for (CSVRecord f : usedFigures("staff")) {
            LocalDate day = LocalDate.of(Integer.parseInt(f.get("year")), 12, 31);
            long staff =
                    t("actors").rows().stream()
                            .filter(a -> a.get("kind").equals("EMPLOYEE"))
                            .filter(a -> activeOn(a, day))
                            .count();
            assertThat(staff).as(f.get("id")).isEqualTo(intValue(f));
        }
    }

    @Test
    void shouldHaveThePoleWorkingOnTheDocumentedNumberOfProjectsMidway2018() {
        CSVRecord f = usedFigures("projects_in_progress").get(0);
        LocalDate day = LocalDate.of(Integer.parseInt(f.get("year")), 6, 30);
        long projects =
                t("participations").rows().stream()
                        .filter(p -> p.get("actor").equals(POLE))
                        .filter(p -> activeOn(p, day))
                        .map(p -> p.get("project"))
                        .distinct()
                        .count();
        assertThat(projects).isEqualTo(intValue(f));
    }

    private static List<CSVRecord> study() {
        return t("projects").rows().stream()
                .filter(p -> p.get("id").startsWith(STUDY_PREFIX))
                .toList();
    }

    private static int score(CSVRecord p, String column) {
        return Integer.parseInt(p.get(column));
    }

    @Test
    void shouldHaveTheTotalScoreEqualToTheSumOfThePillars() {
        for (CSVRecord p : t("projects").rows()) {
            if (p.get("scoreTotal").isBlank()) {
                continue;
            }
            int sum = 0;
            for (String pillar :
                    List.of("scoreOwnership", "scoreAnchoring", "scoreHybrid", "scoreResilience")) {
                sum += score(p, pillar);
            }
            assertThat(score(p, "scoreTotal")).as(p.get("id")).isEqualTo(sum);
            assertThat(score(p, "scoreResilience")).as(p.get("id")).isBetween(0, 3);
        }
    }

    @Test
    void shouldHaveThe2024StudySampleAroundTheThreshold() {
        List<CSVRecord> study = study();
        int threshold = intValue(usedFigures("score_threshold").get(0));
        assertThat(study)
                .hasSize(
                        intValue(
                                usedFigures("projects").stream()
                                        .filter(f -> f.get("subject").equals("etude-2024"))
                                        .findFirst()
                                        .orElseThrow()));
        assertThat(study).allMatch(p -> !p.get("scoreTotal").isBlank());
        assertThat(study.stream().filter(p -> score(p, "scoreTotal") == threshold).count())
                .isEqualTo(intValue(usedFigures("projects_at_threshold").get(0)));
        assertThat(study.stream().filter(p -> score(p, "scoreTotal") > threshold).count())
                .isEqualTo(intValue(usedFigures("projects_above_threshold").get(0)));
        assertThat(study.stream().filter(p -> p.get("accompanied").equals("true")).count())
                .isEqualTo(intValue(usedFigures("accompanied").get(0)));
        assertThat(study.stream().filter(p -> p.get("accompanied").equals("false")).count())
                .isEqualTo(intValue(usedFigures("not_accompanied").get(0)));
    }

    @Test
    void shouldHaveTheDocumentedResilienceMeanAndSelection() {
        List<CSVRecord> study = study();
        double mean =
                study.stream().mapToInt(p -> score(p, "scoreResilience")).average().orElseThrow();
        double documented = Double.parseDouble(usedFigures("resilience_mean").get(0).get("value"));
        assertThat(Math.round(mean * 10) / 10.0).isEqualTo(documented);
        int threshold = intValue(usedFigures("score_threshold").get(0));
        long selected =
                study.stream()
                        .filter(p -> score(p, "scoreTotal") > threshold)
                        .filter(p -> score(p, "scoreResilience") > documented)
                        .count();
        assertThat(selected).isEqualTo(intValue(usedFigures("projects_selected").get(0)));
    }

    @Test
    void shouldHaveTheElevenCaseStudiesWithNineRunning() {
        List<CSVRecord> cases = new ArrayList<>();
        for (int i = 1; i <= intValue(usedFigures("case_studies").get(0)); i++) {
            cases.add(t("projects").byId(String.format("%s%02d", STUDY_PREFIX, i)));
        }
        List<CSVRecord> running =
                cases.stream().filter(p -> p.get("status").equals("ACTIVE")).toList();
        assertThat(running).hasSize(intValue(usedFigures("cases_running").get(0)));
        assertThat(
                        running.stream()
                                .filter(
                                        p ->
                                                Set.of("association", "SCIC")
                                                        .contains(p.get("legalForm"))))
                .hasSize(intValue(usedFigures("cases_running_ess").get(0)));
    }

    @Test
    void shouldHaveTheStartUpDeTerritoireEveningsAsDocumented() {
        List<CSVRecord> evenings =
                t("events").rows().stream()
                        .filter(e -> e.get("id").startsWith(LONS_EVENING_PREFIX))
                        .toList();
        assertThat(evenings).hasSize(intValue(usedFigures("events").get(0)));
        assertThat(evenings).allMatch(e -> e.get("type").equals("STARTUP_DE_TERRITOIRE"));
        Set<String> eveningIds =
                evenings.stream().map(e -> e.get("id")).collect(Collectors.toSet());
        List<CSVRecord> workshops =
                t("workshops").rows().stream()
                        .filter(w -> eveningIds.contains(w.get("event")))
                        .toList();
        CSVRecord total =
                usedFigures("workshops").stream()
                        .filter(f -> f.get("subject").equals("start-up-de-territoire-lons"))
                        .findFirst()
                        .orElseThrow();
        assertThat(workshops).hasSize(intValue(total));
        for (CSVRecord e : evenings) {
            int sum =
                    workshops.stream()
                            .filter(w -> w.get("event").equals(e.get("id")))
                            .mapToInt(w -> Integer.parseInt(w.get("participants")))
                            .sum();
            assertThat(sum).as(e.get("id")).isEqualTo(Integer.parseInt(e.get("participants")));
        }
    }

    @Test
    void shouldHaveTheProjectsLaunchedAfterTheEveningsEmergeFromTheirWorkshops() {
        Set<String> eveningWorkshops =
                t("workshops").rows().stream()
                        .filter(w -> w.get("event").startsWith(LONS_EVENING_PREFIX))
                        .map(w -> w.get("id"))
                        .collect(Collectors.toSet());
        long projects =
                t("emergences").rows().stream()
                        .filter(e -> eveningWorkshops.contains(e.get("origin")))
                        .map(e -> e.get("project"))
                        .distinct()
                        .count();
        CSVRecord f =
                usedFigures("projects").stream()
                        .filter(x -> x.get("subject").equals("start-up-de-territoire-lons"))
                        .findFirst()
                        .orElseThrow();
        assertThat(projects).isEqualTo(intValue(f));
    }

    @Test
    void shouldHaveTheEventParticipantsTheSeedUses() {
        for (CSVRecord f : usedFigures("participants")) {
            if (f.get("subject").startsWith("ev-")) {
                assertThat(t("events").byId(f.get("subject")).get("participants"))
                        .as(f.get("id"))
                        .isEqualTo(f.get("value"));
            }
        }
    }

    @Test
    void shouldHaveTheEightSupportNetworksOfTheFabriqueAEntreprendre() {
        CSVRecord f = usedFigures("networks").get(0);
        long partners =
                t("participations").rows().stream()
                        .filter(p -> p.get("project").equals(f.get("subject")))
                        .filter(p -> p.get("role").equals("PARTNER"))
                        .count();
        assertThat(partners).isEqualTo(intValue(f));
    }

    @Test
    void shouldDateEveryTieWithinTheLifeOfItsActors() {
        Map<String, CSVRecord> actors = new HashMap<>();
        t("actors").rows().forEach(a -> actors.put(a.get("id"), a));
        Map<String, List<String>> actorColumns =
                Map.of(
                        "memberships", List.of("actor"),
                        "participations", List.of("actor"),
                        "attendances", List.of("actor"),
                        "collaborations", List.of("source", "target"));
        actorColumns.forEach(
                (file, columns) -> {
                    for (CSVRecord r : t(file).rows()) {
                        for (String column : columns) {
                            CSVRecord a = actors.get(r.get(column));
                            assertThat(start(r.get("from")))
                                    .as(
                                            "%s.csv line %d starts before %s exists",
                                            file, r.getRecordNumber(), a.get("id"))
                                    .isAfterOrEqualTo(start(a.get("from")))
                                    .isBeforeOrEqualTo(end(a.get("to")));
                        }
                    }
                });
    }
}
