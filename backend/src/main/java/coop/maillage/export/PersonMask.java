package coop.maillage.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How natural persons appear in an export. Pseudonymised (the default), a person's id and name both
 * become its pseudonym ({@link coop.maillage.privacy.Pseudonyms}: stable in one database, so two
 * exports can be joined) and its commune is left out; an id may be derived from the person's name,
 * so every reference to it is replaced too. With names (an admin's explicit choice), persons appear
 * as stored.
 */
final class PersonMask {

    private final Set<String> persons;
    private final UnaryOperator<String> pseudonym;

    private PersonMask(Set<String> persons, UnaryOperator<String> pseudonym) {
        this.persons = Set.copyOf(persons);
        this.pseudonym = pseudonym;
    }

    /** Persons (the actors with these ids) under the pseudonyms {@code pseudonym} gives. */
    static PersonMask pseudonymising(Set<String> persons, UnaryOperator<String> pseudonym) {
        return new PersonMask(persons, pseudonym);
    }

    /** Persons as stored, with their names. */
    static PersonMask withNames(Set<String> persons) {
        return new PersonMask(persons, null);
    }

    /** Whether persons are hidden behind pseudonyms. */
    boolean pseudonymises() {
        return pseudonym != null;
    }

    /** Whether {@code id} is the id of a natural person. */
    boolean isPerson(String id) {
        return id != null && persons.contains(id);
    }

    /** The pseudonym of any text, e.g. of a record id that names a person. */
    String pseudonymOf(String text) {
        return pseudonym.apply(text);
    }

    /** The id to export for the node {@code id}: its pseudonym when it is a hidden person. */
    String id(String id) {
        return pseudonymises() && isPerson(id) ? pseudonym.apply(id) : id;
    }

    /** A space-separated list of ids, each through {@link #id}. */
    String ids(String spaceSeparated) {
        if (spaceSeparated == null || !pseudonymises()) {
            return spaceSeparated;
        }
        String[] ids = spaceSeparated.split(" ");
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(ids[i]);
        }
        return String.join(" ", java.util.Arrays.stream(ids).sorted().toList());
    }

    /** The attributes to export for the node {@code id}: no name nor commune of hidden persons. */
    Map<String, String> attributes(String id, Map<String, String> attributes) {
        if (!pseudonymises() || !isPerson(id)) {
            return attributes;
        }
        Map<String, String> safe = new LinkedHashMap<>(attributes);
        safe.put("name", pseudonym.apply(id));
        safe.remove("commune");
        return safe;
    }
}
