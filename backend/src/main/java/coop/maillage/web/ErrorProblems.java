package coop.maillage.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container sends errors raised outside the controllers (a
 * response's {@code sendError}, an exception in a filter): a problem response with the original
 * status and path, never Spring Boot's default body. Asked for directly, {@code /error} is not a
 * page: 404.
 */
@RestController
class ErrorProblems implements ErrorController {

    private static final String TYPE = "https://maillage.coop/problems/";

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        ProblemDetail problem;
        if (status == null || path == null) {
            problem =
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND,
                            "/error shows the errors of other requests; it is not a page of its"
                                    + " own");
            problem.setType(URI.create(TYPE + "not-found"));
            problem.setTitle("Not found");
        } else {
            problem = ProblemDetail.forStatusAndDetail(status, detail(status, path.toString()));
            problem.setType(URI.create(TYPE + "http-" + status.value()));
            problem.setTitle(status.getReasonPhrase());
            problem.setInstance(URI.create(path.toString().replace(" ", "%20")));
        }
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(HttpStatus status, String path) {
        if (status == HttpStatus.NOT_FOUND) {
            return "Nothing at " + path + "; check the address (the API is under /api)";
        }
        if (status.is5xxServerError()) {
            return "Something went wrong on the server; the error has been logged. Try again, and"
                    + " report it if it persists.";
        }
        return "The request to " + path + " was refused (" + status.getReasonPhrase() + ")";
    }
}
