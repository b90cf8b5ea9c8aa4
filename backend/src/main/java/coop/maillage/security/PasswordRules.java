package coop.maillage.security;

import coop.maillage.web.BadParameterException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a password and a user name must follow. Length is what makes a password strong (NIST SP
 * 800-63B, 2017, §5.1.1): at least {@value #MIN_LENGTH} characters, no composition rules. bcrypt
 * reads at most {@value #MAX_BYTES} bytes, so a longer password would be silently truncated: it is
 * refused instead.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    private PasswordRules() {}

    /** Throws a bad-parameter problem naming the rule {@code password} breaks. */
    static void check(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new BadParameterException(
                    field, "required: at least " + MIN_LENGTH + " characters");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new BadParameterException(
                    field,
                    "must be at least "
                            + MIN_LENGTH
                            + " characters long (this one has "
                            + length
                            + "); a few unrelated words make a strong one");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BadParameterException(
                    field, "must be at most " + MAX_BYTES + " bytes in UTF-8 (bcrypt's limit)");
        }
        if (password.codePoints().distinct().count() == 1) {
            throw new BadParameterException(field, "must not repeat one character only");
        }
        if (username != null
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new BadParameterException(field, "must not contain the user name");
        }
    }

    /** The user name in its stored form (lower case); throws when it breaks the naming rule. */
    static String username(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (name.equals("me")) {
            throw new BadParameterException(
                    "username", "'me' is reserved for /api/users/me; choose another user name");
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new BadParameterException(
                    "username",
                    "'"
                            + text
                            + "' is not allowed: 2 to 64 characters among a-z, 0-9, '.', '_',"
                            + " '@' and '-', starting with a letter or a digit");
        }
        return name;
    }
}
