package coop.maillage.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Applies the privacy rule to what leaves the server: natural persons appear under their pseudonym,
 * without their commune, unless the current user may see names.
 */
@Component
public class Privacy {

    private final Pseudonyms pseudonyms;
    private final NameAccess access;

    Privacy(Pseudonyms pseudonyms, NameAccess access) {
        this.pseudonyms = pseudonyms;
        this.access = access;
    }

    /** Whether names of persons must be hidden from the current user. */
    public boolean hidesNames() {
        return !access.canSeePersonNames();
    }

    /** The pseudonym of a person's id. */
    public String pseudonym(String id) {
        return pseudonyms.of(id);
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
