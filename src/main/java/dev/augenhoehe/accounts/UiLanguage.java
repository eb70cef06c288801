package dev.augenhoehe.accounts;

import java.util.Locale;

/** The two languages of the interface. Stored as their ISO code. */
public enum UiLanguage {
    DE, EN;

    public Locale locale() {
        return this == DE ? Locale.GERMAN : Locale.ENGLISH;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UiLanguage of(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? DE : EN;
    }
}
