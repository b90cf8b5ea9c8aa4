package coop.maillage.web;

import coop.maillage.store.ConflictException;
import coop.maillage.store.InvalidReferenceException;
import coop.maillage.store.NotFoundException;
import coop.maillage.store.StillReferencedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a caller can cause becomes an RFC 9457 problem response: a status, a title, a detail
 * that names the place and the fix, and for validation errors an {@code errors} list with one entry
 * per field. No stack trace ever reaches the caller.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String TYPE = "https://maillage.coop/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                e.getMessage() + "; list the " + e.entity() + " records to find the right id");
    }

    @ExceptionHandler(StillReferencedException.class)
    ProblemDetail stillReferenced(StillReferencedException e) {
        ProblemDetail problem =
                problem(
                        HttpStatus.CONFLICT,
                        "still-referenced",
                        "Still referenced",
                        e.getMessage() + "; " + e.fix());
        problem.setProperty("referrers", e.referrers());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(
                HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage() + "; " + e.fix());
    }

    @ExceptionHandler(InvalidReferenceException.class)
    ProblemDetail invalidReference(InvalidReferenceException e) {
        ProblemDetail problem =
                problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "invalid-reference",
                        "Unknown reference",
                        e.getMessage() + "; create it first or correct the id");
        problem.setProperty("errors", List.of(fieldError(e.field(), e.getMessage(), e.value())));
        return problem;
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", e.getMessage());
        problem.setProperty("errors", List.of(fieldError(e.parameter(), e.getMessage(), null)));
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                "Something went wrong on the server; the error has been logged. Try again, and"
                        + " report it if it persists.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), message(error), error.getRejectedValue()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(
                        error ->
                                errors.add(
                                        fieldError(
                                                error.getObjectName(),
                                                error.getDefaultMessage(),
                                                null)));
        String detail =
                errors.stream()
                        .map(err -> err.get("field") + ": " + err.get("message"))
                        .collect(Collectors.joining("; "));
        boolean body = e.getParameter().hasParameterAnnotation(RequestBody.class);
        ProblemDetail problem =
                body
                        ? problem(HttpStatus.BAD_REQUEST, "validation", "Invalid record", detail)
                        : problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A field's message; a value of the wrong type is named with the type expected. */
    private static String message(FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        Class<?> type =
                error.contains(TypeMismatchException.class)
                        ? error.unwrap(TypeMismatchException.class).getRequiredType()
                        : null;
        return "'" + error.getRejectedValue() + "' is not " + expected(type);
    }

    /** A path variable or query parameter of the wrong type. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        String message = "'" + e.getValue() + "' is not " + expected(e.getRequiredType());
        ProblemDetail problem =
                problem(
                        HttpStatus.BAD_REQUEST,
                        "bad-parameter",
                        "Bad parameter",
                        name + ": " + message);
        problem.setProperty("errors", List.of(fieldError(name, message, e.getValue())));
        return ResponseEntity.badRequest().body(problem);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type != null && type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return type == null ? "of the expected type" : "a valid " + type.getSimpleName();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        UnreadableBody unreadable = UnreadableBody.of(e);
        ProblemDetail problem =
                problem(
                        HttpStatus.BAD_REQUEST,
                        "unreadable",
                        "Unreadable body",
                        unreadable.detail());
        problem.setProperty(
                "errors", List.of(fieldError(unreadable.field(), unreadable.message(), null)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(URI.create(TYPE + "http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static Map<String, Object> fieldError(String field, String message, Object value) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        if (value != null) {
            error.put("rejectedValue", String.valueOf(value));
        }
        return error;
    }

    private static ProblemDetail problem(
            HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE + type));
        problem.setTitle(title);
        return problem;
    }
}
