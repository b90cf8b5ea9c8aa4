package coop.maillage.report;

import coop.maillage.web.BadParameterException;
import java.util.Locale;

/** The languages a report is written in: French by default, English on request. */
public enum Language {
    FR,
    EN;

    /** The language of a {@code lang} parameter; null or blank means French. */
    public static Language parse(String lang) {
        if (lang == null || lang.isBlank()) {
            return FR;
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(lang.trim())) {
                return language;
            }
        }
        throw new BadParameterException("lang", "unknown language '" + lang + "': use fr or en");
    }

    /** {@code fr} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean french() {
        return this == FR;
    }
}
