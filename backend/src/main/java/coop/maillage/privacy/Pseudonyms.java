package coop.maillage.privacy;

import coop.maillage.neo4j.Database;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for natural persons: {@code P-} and eight characters of an HMAC-SHA256 of the
 * actor's id under a random key kept in the database. The same person always gets the same
 * pseudonym in that database (so maps and exports stay comparable); without the key the pseudonym
 * reveals nothing about the id.
 */
@Component
public class Pseudonyms {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;

    private final Database database;
    private volatile byte[] key;

    Pseudonyms(Database database) {
        this.database = database;
    }

    /** Whether {@code text}, in upper case, may be part of a pseudonym: only its characters. */
    static boolean couldBePartOfOne(String text) {
        return text.chars().allMatch(c -> c == 'P' || c == '-' || ALPHABET.indexOf(c) >= 0);
    }

    /** The pseudonym of the actor with this id. */
    public String of(String id) {
        byte[] digest = hmac(key(), id);
        StringBuilder code = new StringBuilder("P-");
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt((digest[i] & 0xFF) % ALPHABET.length()));
        }
        return code.toString();
    }

    private byte[] key() {
        byte[] current = key;
        return current != null ? current : loadKey();
    }

    /**
     * Reads the key, creating it on first use. One thread at a time: without a uniqueness
     * constraint, concurrent MERGEs in separate transactions can each create a {@code :Secret}
     * node, and two keys would give a person two pseudonyms (and every later read would fail).
     */
    private synchronized byte[] loadKey() {
        byte[] current = key;
        if (current == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String stored =
                    database.write(
                            tx ->
                                    tx.run(
                                                    """
                                                    MERGE (s:Secret {name: 'pseudonym-key'})
                                                    ON CREATE SET s.value = $value
                                                    RETURN s.value AS value
                                                    """,
                                                    Map.of(
                                                            "value",
                                                            Base64.getEncoder()
                                                                    .encodeToString(fresh)))
                                            .single()
                                            .get("value")
                                            .asString());
            current = Base64.getDecoder().decode(stored);
            key = current;
        }
        return current;
    }

    /** Forgets the cached key, e.g. after the database was emptied or restored. */
    public void reset() {
        key = null;
    }

    private static byte[] hmac(byte[] key, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
