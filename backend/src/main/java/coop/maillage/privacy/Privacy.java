package coop.maillage.privacy;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies the privacy rule to what leaves the server: natural persons appear under their pseudonym,
 * without their commune and with the quote of their provenance withheld, unless the current user
 * may see names.
 */
@Component
public class Privacy {

    /** What replaces a quote that may name or describe a natural person. */
    public static final String WITHHELD = "[quote withheld: natural person]";

    private final Pseudonyms pseudonyms;
    private final NameAccess access;
    private final PersonDirectory directory;

    Privacy(Pseudonyms pseudonyms, NameAccess access, PersonDirectory directory) {
        this.pseudonyms = pseudonyms;
        this.access = access;
        this.directory = directory;
    }

    /** Whether names of persons must be hidden from the current user. */
    public boolean hidesNames() {
        return !access.canSeePersonNames();
    }

    /** The pseudonym of a person's id. */
    public String pseudonym(String id) {
        return pseudonyms.of(id);
    }

    /** Of these actor ids, those of natural persons. */
    public Set<String> persons(Collection<String> ids) {
        return directory.persons(ids);
    }

    /**
     * The persons whose pseudonym contains {@code text}, ignoring case: what a search by name finds
     * among persons for a user who sees only pseudonyms. A text with a character no pseudonym has
     * (a space, an accent, a lower-case {@code o}…) finds none without reading the store.
     */
    public Set<String> personsMatching(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        if (wanted.isEmpty() || !Pseudonyms.couldBePartOfOne(wanted)) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        for (String id : directory.all()) {
            if (pseudonyms.of(id).contains(wanted)) {
                found.add(id);
            }
        }
        return found;
    }

    /**
     * The source of a provenance (a file name, {@code illustrative}) without its quote, which may
     * name or describe a person: {@code entretien.txt: [quote withheld: natural person]}.
     */
    public static String withheld(String provenance) {
        if (provenance == null) {
            return null;
        }
        int colon = provenance.indexOf(':');
        String source = (colon > 0 ? provenance.substring(0, colon) : provenance).strip();
        boolean isSource = !source.isEmpty() && source.chars().noneMatch(Character::isWhitespace);
        return isSource ? source + ": " + WITHHELD : WITHHELD;
    }

    /** Node attributes with a person's name replaced by the pseudonym and the commune removed. */
    public Map<String, String> attributes(String id, Map<String, String> attributes) {
        if (!"true".equals(attributes.get("person")) || !hidesNames()) {
            return attributes;
        }
        Map<String, String> safe = new LinkedHashMap<>(attributes);
        safe.put("name", pseudonyms.of(id));
        safe.remove("commune");
        return safe;
    }
}
