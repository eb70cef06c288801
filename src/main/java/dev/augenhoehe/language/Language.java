package dev.augenhoehe.language;

import java.util.Locale;
import java.util.Set;

/** The two languages of the product: what Klartext checks, what a workspace, a consultant and a conversation speak. */
public enum Language {
    DE, EN;

    // Short, frequent function words; a handful per text is enough to tell German from English.
    private static final Set<String> GERMAN = Set.of(
            "der", "die", "das", "den", "dem", "des", "und", "ist", "sind", "nicht", "ich", "sie", "wir", "es",
            "ein", "eine", "einen", "zu", "mit", "auf", "für", "von", "im", "auch", "noch", "aber", "oder", "wenn",
            "weil", "dass", "kann", "können", "geht", "ja", "nein", "wird", "werden", "haben", "hat", "bei", "nach",
            "schon", "doch", "leider", "ihnen", "ihr", "ihre", "uns", "mir", "mich", "sich", "wie", "was", "nur",
            "klappt", "funktioniert", "möglich", "gerne", "danke", "bitte", "also", "dann", "kein", "keine");
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "is", "are", "not", "i", "you", "we", "it", "a", "an", "to", "with", "on", "for", "of",
            "in", "was", "were", "be", "can", "can't", "cannot", "does", "doesn't", "don't", "won't", "yes", "no",
            "but", "or", "if", "because", "that", "this", "also", "still", "will", "would", "your", "our", "us",
            "my", "me", "have", "has", "at", "by", "from", "what", "how", "just", "work", "works", "possible",
            "please", "thanks", "sure", "then", "so", "there", "they", "it's", "that's");

    /** The ISO language code, "de" or "en". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return this == DE ? Locale.GERMAN : Locale.ENGLISH;
    }

    /** Maps a locale to DE for German and EN for everything else. */
    public static Language of(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? DE : EN;
    }

    /** Parses "de"/"en" (any case); returns null for anything else, including "auto". */
    public static Language parse(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "de", "deu", "ger", "german", "deutsch" -> DE;
            case "en", "eng", "english", "englisch" -> EN;
            default -> null;
        };
    }

    /**
     * Guesses the language of a text by counting German and English function words. Umlauts and ß break a
     * tie; with no signal at all the answer is German, the product's first language.
     */
    public static Language detect(String text) {
        if (text == null || text.isEmpty()) {
            return DE;
        }
        int german = 0;
        int english = 0;
        boolean umlaut = false;
        int limit = Math.min(text.length(), 20_000); // the opening is plenty for a decision
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' && word.length() > 0) || c == '\u2019') {
                char lc = Character.toLowerCase(c == '\u2019' ? '\'' : c);
                if (lc == 'ä' || lc == 'ö' || lc == 'ü' || lc == 'ß') {
                    umlaut = true;
                }
                word.append(lc);
            } else if (word.length() > 0) {
                String w = word.toString();
                if (GERMAN.contains(w)) {
                    german++;
                }
                if (ENGLISH.contains(w)) {
                    english++;
                }
                word.setLength(0);
            }
        }
        if (german != english) {
            return german > english ? DE : EN;
        }
        return umlaut || german == 0 ? DE : EN;
    }
}
