package dev.augenhoehe.language;

import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Turns a normalised token into the key that phrase lists and the glossary match on. German: Lucene's light
 * stemmer (triviale, trivialen → trivial; Containern → contain), after ß → ss. English: the minimal (plural)
 * stemmer. In a hyphenated word only the last part is stemmed (Datenbank-Migrationen → datenbank-migration).
 * Very short stems keep the full word so short function words never collide.
 */
final class MatchKeys {

    private static final GermanLightStemmer GERMAN = new GermanLightStemmer(); // stateless, thread-safe
    private static final EnglishMinimalStemmer ENGLISH = new EnglishMinimalStemmer();

    private MatchKeys() {
    }

    /**
     * Contractions typed without the apostrophe ("dont think so", "cant do that"): chat and lowercase writing drop
     * it, and the phrase lists are written with it. Only forms that are no other English word ("its", "were",
     * "ill", "lets" stay as they are).
     */
    private static final java.util.Map<String, String> APOSTROPHE_LESS = java.util.Map.ofEntries(
            java.util.Map.entry("dont", "don't"), java.util.Map.entry("doesnt", "doesn't"),
            java.util.Map.entry("didnt", "didn't"), java.util.Map.entry("cant", "can't"),
            java.util.Map.entry("couldnt", "couldn't"), java.util.Map.entry("wont", "won't"),
            java.util.Map.entry("wouldnt", "wouldn't"), java.util.Map.entry("shouldnt", "shouldn't"),
            java.util.Map.entry("isnt", "isn't"), java.util.Map.entry("arent", "aren't"),
            java.util.Map.entry("wasnt", "wasn't"), java.util.Map.entry("werent", "weren't"),
            java.util.Map.entry("havent", "haven't"), java.util.Map.entry("hasnt", "hasn't"),
            java.util.Map.entry("hadnt", "hadn't"), java.util.Map.entry("im", "i'm"),
            java.util.Map.entry("ive", "i've"), java.util.Map.entry("youre", "you're"),
            java.util.Map.entry("youve", "you've"), java.util.Map.entry("theyre", "they're"),
            java.util.Map.entry("thats", "that's"), java.util.Map.entry("whats", "what's"),
            java.util.Map.entry("theres", "there's"), java.util.Map.entry("itll", "it'll"));

    static String key(String norm, Language language) {
        if (language == Language.EN) {
            String full = APOSTROPHE_LESS.get(norm);
            if (full != null) {
                return full;
            }
        }
        int dash = norm.lastIndexOf('-');
        if (dash > 0 && dash < norm.length() - 1) {
            return norm.substring(0, dash + 1) + stem(norm.substring(dash + 1), language);
        }
        return stem(norm, language);
    }

    private static String stem(String norm, Language language) {
        if (norm.length() < 4 || !isLetters(norm)) {
            return norm;
        }
        String s = language == Language.DE && norm.indexOf('ß') >= 0 ? norm.replace("ß", "ss") : norm;
        char[] buf = s.toCharArray();
        int len = language == Language.DE ? GERMAN.stem(buf, buf.length) : ENGLISH.stem(buf, buf.length);
        if (len < 3) {
            return norm;
        }
        return new String(buf, 0, len);
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
