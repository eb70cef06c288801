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

    static String key(String norm, Language language) {
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
