package coop.maillage.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request whose body is not of the kind the endpoint takes: a JSON, text or empty body sent to an
 * upload, a multipart body that cannot be read, or a {@code Content-Type} an endpoint does not
 * accept. Each gets a 4xx problem saying what to send instead, never a 500. Ahead of {@link
 * ProblemHandler}, whose catch-all would otherwise answer a {@link MultipartException} with 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private static final String TYPE = "https://maillage.coop/problems/";

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        String action = request.getMethod() + " " + request.getRequestURI();
        if (e instanceof MaxUploadSizeExceededException) {
            return answer(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "Upload too large",
                    "The upload to "
                            + action
                            + " is larger than the server accepts; send a smaller file, or raise "
                            + RequestSizeFilter.UPLOAD_SETTING
                            + " (imports) or "
                            + RequestSizeFilter.BACKUP_SETTING
                            + " (restores)");
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            ResponseEntity<ProblemDetail> answer =
                    answer(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "not-multipart",
                            "Not a file upload",
                            action
                                    + " takes a file upload: send it as multipart/form-data with"
                                    + " the file in the part named 'file' (a browser's FormData,"
                                    + " or curl -F file=@FILE); this request's Content-Type was "
                                    + (type == null ? "missing" : "'" + type + "'"));
            return ResponseEntity.status(answer.getStatusCode())
                    .header(HttpHeaders.ACCEPT, MediaType.MULTIPART_FORM_DATA_VALUE)
                    .body(answer.getBody());
        }
        return answer(
                HttpStatus.BAD_REQUEST,
                "bad-multipart",
                "Unreadable upload",
                "The multipart/form-data body sent to "
                        + action
                        + " cannot be read (a missing boundary, or a body cut short); send the"
                        + " file again in the part named 'file', as a browser's FormData or"
                        + " curl -F file=@FILE does");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupported(
            HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String accepted =
                e.getSupportedMediaTypes().stream()
                        .map(MediaType::toString)
                        .collect(Collectors.joining(", "));
        String sent = e.getContentType() == null ? "missing" : "'" + e.getContentType() + "'";
        ResponseEntity<ProblemDetail> answer =
                answer(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type",
                        "Unsupported Content-Type",
                        request.getMethod()
                                + " "
                                + request.getRequestURI()
                                + " does not take a body of Content-Type "
                                + sent
                                + "; send one of: "
                                + accepted
                                + (accepted.contains("multipart")
                                        ? " (a file goes in the form part named 'file')"
                                        : ""));
        return ResponseEntity.status(answer.getStatusCode())
                .header(HttpHeaders.ACCEPT, accepted)
                .body(answer.getBody());
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
