package coop.maillage.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The results of a run: per request kind, the requests and errors of the measured phase, the
 * throughput and the latency percentiles (nearest rank: the p-th percentile of n sorted latencies
 * is the ⌈p·n⌉-th), and whether the run passed: no error at all (setup and warm-up included) and
 * the p99 within the bound for every row with at least {@value #MIN_REQUESTS_FOR_P99} requests.
 * With fewer, the p99 is the maximum and one slow request would decide the run.
 */
record LoadReport(
        List<Row> rows,
        long warmupRequests,
        long warmupErrors,
        List<String> errorMessages,
        Duration measured,
        Duration maxP99) {

    static final int MIN_REQUESTS_FOR_P99 = 100;

    private static final int MAX_ERROR_MESSAGES = 10;

    /** One request kind's figures over the measured phase. */
    record Row(
            String kind,
            int requests,
            int errors,
            double perSecond,
            double p50,
            double p90,
            double p99,
            double max) {}

    static LoadReport of(
            List<Sample> samples, long measureFrom, Duration measured, Duration bound) {
        List<Sample> timed = samples.stream().filter(s -> s.start() >= measureFrom).toList();
        List<Sample> warmup = samples.stream().filter(s -> s.start() < measureFrom).toList();
        Map<String, List<Sample>> byKind =
                timed.stream()
                        .collect(
                                Collectors.groupingBy(
                                        Sample::kind, TreeMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        byKind.forEach((kind, list) -> rows.add(row(kind, list, measured)));
        List<Sample> readers = timed.stream().filter(s -> s.kind().startsWith("GET")).toList();
        List<Sample> editor = timed.stream().filter(s -> s.kind().startsWith("editor")).toList();
        rows.add(row("all readers' requests", readers, measured));
        rows.add(row("all editor's requests", editor, measured));
        Set<String> messages = new LinkedHashSet<>();
        samples.stream()
                .filter(Sample::failed)
                .forEach(s -> messages.add(s.kind() + " → " + s.error()));
        return new LoadReport(
                rows,
                warmup.size(),
                warmup.stream().filter(Sample::failed).count(),
                messages.stream().limit(MAX_ERROR_MESSAGES).toList(),
                measured,
                bound);
    }

    private static Row row(String kind, List<Sample> samples, Duration measured) {
        double[] millis = samples.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        return new Row(
                kind,
                samples.size(),
                (int) samples.stream().filter(Sample::failed).count(),
                samples.size() / (measured.toMillis() / 1000.0),
                percentile(millis, 0.50),
                percentile(millis, 0.90),
                percentile(millis, 0.99),
                millis.length == 0 ? 0 : millis[millis.length - 1]);
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    long errors() {
        return warmupErrors
                + rows.stream()
                        .filter(r -> !r.kind().startsWith("all "))
                        .mapToLong(Row::errors)
                        .sum();
    }

    /** The rows with enough requests whose p99 passes the bound. */
    List<String> slowKinds() {
        return rows.stream()
                .filter(r -> r.requests() >= MIN_REQUESTS_FOR_P99)
                .filter(r -> r.p99() > maxP99.toMillis())
                .map(Row::kind)
                .toList();
    }

    boolean passed() {
        return errors() == 0 && slowKinds().isEmpty();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(
                "| request | requests | errors | per second | p50 ms | p90 ms | p99 ms | max ms"
                        + " |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            md.append(
                    String.format(
                            Locale.ROOT,
                            "| %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f |%n",
                            r.kind(),
                            r.requests(),
                            r.errors(),
                            r.perSecond(),
                            r.p50(),
                            r.p90(),
                            r.p99(),
                            r.max()));
        }
        md.append("\nWarm-up (not in the table): ")
                .append(warmupRequests)
                .append(" requests, ")
                .append(warmupErrors)
                .append(" errors.\n\n");
        md.append(
                String.format(
                        Locale.ROOT,
                        "Result: **%s** (errors: %d; bound on p99: %d ms for rows of %d requests"
                                + " or more%s).%n",
                        passed() ? "PASS" : "FAIL",
                        errors(),
                        maxP99.toMillis(),
                        MIN_REQUESTS_FOR_P99,
                        slowKinds().isEmpty()
                                ? ""
                                : "; over it: " + String.join(", ", slowKinds())));
        if (!errorMessages.isEmpty()) {
            md.append("\nFirst errors:\n\n");
            errorMessages.forEach(m -> md.append("- ").append(m.replace("|", "\\|")).append('\n'));
        }
        return md.toString();
    }
}
