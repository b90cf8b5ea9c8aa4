package coop.maillage.analysis;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 503 with {@code Retry-After} when every analysis turn is taken, wherever the analysis ran. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalysisProblems {

    @ExceptionHandler(AnalysisBusyException.class)
    ResponseEntity<ProblemDetail> busy(AnalysisBusyException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("https://maillage.coop/problems/busy"));
        problem.setTitle("Too many analyses at once");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }
}
