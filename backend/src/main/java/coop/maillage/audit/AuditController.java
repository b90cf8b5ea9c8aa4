package coop.maillage.audit;

import coop.maillage.store.ListQuery;
import coop.maillage.store.Page;
import coop.maillage.web.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/audit}: who changed what and when, for admins; exportable as CSV. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "The audit trail of every change")
class AuditController {

    private static final Set<String> FILTERS = Set.of("user", "action", "entity", "entityId");
    private static final int EXPORT_LIMIT = 1_000_000;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Audit events, newest first (filters: user, action, entity, entityId)")
    Page<AuditLog.AuditEvent> list(@RequestParam Map<String, String> params) {
        return log.list(query(params, parseInt(params, "page", 0), parseInt(params, "size", 50)));
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The audit trail as CSV")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response)
            throws IOException {
        ListQuery query = query(params, 0, EXPORT_LIMIT);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
        // Written in the request's thread, so the signed-in user's context stays in force.
        try (CSVPrinter csv =
                new CSVPrinter(
                        new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader("at", "user", "action", "entity", "entityId", "detail")
                                .get())) {
            for (AuditLog.AuditEvent e : log.list(query).items()) {
                csv.printRecord(
                        iso(e.at()), e.user(), e.action(), e.entity(), e.entityId(), e.detail());
            }
        }
    }

    /** ISO 8601 in UTC to the second, e.g. {@code 2026-11-26T05:13:07Z}, as spreadsheets read. */
    static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static ListQuery query(Map<String, String> params, int page, int size) {
        Map<String, Object> filters = new HashMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (FILTERS.contains(param.getKey())) {
                filters.put(param.getKey(), param.getValue());
            } else if (!Set.of("page", "size").contains(param.getKey())) {
                throw new BadParameterException(
                        param.getKey(), "unknown parameter; allowed: page, size, " + FILTERS);
            }
        }
        return new ListQuery(page, size, filters, null);
    }

    private static int parseInt(Map<String, String> params, String name, int fallback) {
        String raw = params.get(name);
        try {
            int value = raw == null ? fallback : Integer.parseInt(raw);
            if (value < 0 || value > ListQuery.MAX_SIZE) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadParameterException(
                    name, "must be a whole number from 0 to " + ListQuery.MAX_SIZE);
        }
    }
}
