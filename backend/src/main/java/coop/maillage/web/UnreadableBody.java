package coop.maillage.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in plain words why a request body could not be read: the field (or null for the body as a
 * whole), the value when known, what is expected, and the fix. The JSON library's own messages name
 * its classes and settings, which mean nothing to a caller, so they are never passed on.
 *
 * @param field the field, or null when the body as a whole is at fault
 * @param message what is wrong and the fix
 */
record UnreadableBody(String field, String message) {

    private static final int VALUE_SHOWN = 60;

    /** The tokens Jackson names in its messages, as words. */
    private static final Map<String, String> TOKENS =
            Map.of(
                    "START_ARRAY", "a list",
                    "START_OBJECT", "an object",
                    "VALUE_STRING", "text",
                    "VALUE_NUMBER_INT", "a number",
                    "VALUE_NUMBER_FLOAT", "a number",
                    "VALUE_TRUE", "true",
                    "VALUE_FALSE", "false",
                    "VALUE_NULL", "null");

    /** The problem's detail: {@code field: message}, or the message alone. */
    String detail() {
        return field == null ? message : field + ": " + message;
    }

    static UnreadableBody of(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException jackson)) {
            return new UnreadableBody(
                    null,
                    "the body is empty: send a JSON object with the record's fields and"
                            + " Content-Type: application/json");
        }
        String field = path(jackson);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return new UnreadableBody(
                    unknown.getPropertyName(),
                    "unknown field; remove it (known fields: "
                            + known(unknown.getKnownPropertyIds())
                            + ")");
        }
        if (field == null) {
            return whole(jackson);
        }
        if (jackson instanceof InvalidFormatException format) {
            return new UnreadableBody(
                    field, "'" + shown(format.getValue()) + "'" + notValid(format.getTargetType()));
        }
        if (jackson instanceof InputCoercionException coercion) {
            return new UnreadableBody(
                    field,
                    "the number is out of range for "
                            + expected(coercion.getTargetType())
                            + "; send a smaller one");
        }
        if (jackson instanceof StreamConstraintsException) {
            return new UnreadableBody(field, "the value is too long to read; send a shorter one");
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            return new UnreadableBody(field, given(mismatch) + notValid(mismatch.getTargetType()));
        }
        return new UnreadableBody(
                field, "this value cannot be read; send " + expected(null) + " as documented");
    }

    /** A problem with the body as a whole: not JSON, incomplete, or not an object. */
    private static UnreadableBody whole(JacksonException e) {
        if (e instanceof UnexpectedEndOfInputException) {
            return new UnreadableBody(
                    null,
                    "the body is not complete JSON: it ends"
                            + at(e.getLocation())
                            + " before every object and text is closed — send a complete JSON"
                            + " object");
        }
        if (e instanceof StreamReadException) {
            return new UnreadableBody(
                    null,
                    "the body is not valid JSON: unexpected character"
                            + at(e.getLocation())
                            + " — send a JSON object with Content-Type: application/json");
        }
        String given = e instanceof MismatchedInputException m ? given(m) : "the body";
        return new UnreadableBody(
                null,
                "the body is "
                        + given
                        + ", not a JSON object — send one JSON object with the record's fields");
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + " column " + location.getColumnNr();
    }

    /** The kind of value sent, read from the library's message (which names its token). */
    private static String given(MismatchedInputException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return TOKENS.entrySet().stream()
                .filter(token -> message.contains(token.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("this value");
    }

    private static String notValid(Class<?> type) {
        return " is not valid here; send " + expected(type);
    }

    /** What a field of this type takes, in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date written yyyy-mm-dd (e.g. 2019-06-30)";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a JSON object";
    }

    private static String path(JacksonException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        return e.getPath().stream()
                .map(
                        ref ->
                                ref.getPropertyName() != null
                                        ? ref.getPropertyName()
                                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > VALUE_SHOWN ? text.substring(0, VALUE_SHOWN) + "…" : text;
    }

    private static String known(Collection<Object> ids) {
        return ids == null
                ? ""
                : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
