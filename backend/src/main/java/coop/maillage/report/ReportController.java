package coop.maillage.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/report/{year}.html} and {@code .pdf}: the annual impact report. */
@RestController
@RequestMapping("/api/report")
@Tag(name = "report", description = "The annual impact report, as HTML and PDF")
class ReportController {

    private final ReportService service;

    ReportController(ReportService service) {
        this.service = service;
    }

    /** The years a report exists for. */
    record Years(int first, int last) {}

    @GetMapping("/years")
    @Operation(summary = "The first and last year a report can be asked for")
    Years years() {
        var years = service.years();
        return new Years(years.first(), years.last());
    }

    @GetMapping("/{year}.html")
    @Operation(summary = "The impact report of a year as a self-contained HTML page")
    ResponseEntity<byte[]> html(
            @PathVariable int year,
            @Parameter(description = "fr (default) or en") @RequestParam(required = false)
                    String lang) {
        return answer(year, lang, ReportService.Format.HTML);
    }

    @GetMapping("/{year}.pdf")
    @Operation(summary = "The impact report of a year as PDF (A4)")
    ResponseEntity<byte[]> pdf(
            @PathVariable int year,
            @Parameter(description = "fr (default) or en") @RequestParam(required = false)
                    String lang) {
        return answer(year, lang, ReportService.Format.PDF);
    }

    private ResponseEntity<byte[]> answer(int year, String lang, ReportService.Format format) {
        Language language = Language.parse(lang);
        byte[] body = service.render(year, language, format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(ReportService.fileName(year, language, format))
                                .build()
                                .toString())
                .body(body);
    }
}
