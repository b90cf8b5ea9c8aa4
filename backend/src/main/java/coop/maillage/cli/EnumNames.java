package coop.maillage.cli;

import java.util.Locale;

/** The camelCase names of option enums in the output: {@code INVERSE_WEIGHT} → inverseWeight. */
final class EnumNames {

    private EnumNames() {}

    static String camelCase(Enum<?> value) {
        StringBuilder name = new StringBuilder();
        for (String word : value.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(
                    name.length() == 0
                            ? word
                            : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
