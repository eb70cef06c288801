package dev.augenhoehe.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * German syllables: each vowel nucleus is one syllable. Vowel runs are one nucleus when they form a diphthong
 * or long vowel (ei, ai, au, äu, eu, ie, aa, ee, oo, ou, ey, ay, oy); otherwise each vowel counts. The Liang
 * hyphenation patterns split runs that belong to two syllables (be-inhal-ten, Mu-se-um, Li-ni-en); patterns alone
 * miss syllables at the word's margins (über), which the vowel groups supply. Exceptions (mostly English loans
 * such as Update, Software) come from {@code language/syllables/exceptions_de.tsv}; English loan endings are
 * also recognised inside compounds (Softwareupdate).
 */
final class GermanSyllables implements Syllables {

    private final Hyphenator hyphenator;
    private final Map<String, Integer> exceptions;
    private final Map<String, Integer> loanEndings;

    GermanSyllables(Hyphenator hyphenator, Map<String, Integer> exceptions, Map<String, Integer> loanEndings) {
        this.hyphenator = hyphenator;
        this.exceptions = exceptions;
        this.loanEndings = loanEndings;
    }

    private static final class Shared {
        static final GermanSyllables INSTANCE = load();
    }

    /** The shared instance, loaded once (thread-safe through class initialisation). */
    static GermanSyllables shared() {
        return Shared.INSTANCE;
    }

    static GermanSyllables load() {
        Map<String, Integer> exceptions = new HashMap<>();
        Map<String, Integer> endings = new HashMap<>();
        readTable("/language/syllables/exceptions_de.tsv", exceptions, endings);
        return new GermanSyllables(Hyphenator.load("/language/hyph_de_DE.dic"), exceptions, endings);
    }

    /** Reads "word TAB count" lines; "-ending TAB count" lines are loan endings matched inside compounds. */
    static void readTable(String resource, Map<String, Integer> words, Map<String, Integer> endings) {
        var in = GermanSyllables.class.getResourceAsStream(resource);
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length < 2) {
                    continue;
                }
                int count = Integer.parseInt(parts[1]);
                String w = parts[0].toLowerCase(Locale.ROOT);
                if (w.startsWith("-")) {
                    endings.put(w.substring(1), count);
                } else {
                    words.put(w, count);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int countPart(String word) {
        if (word.isEmpty()) {
            return 0;
        }
        Integer exact = exceptions.get(word);
        if (exact == null) {
            exact = loanEndings.get(word);
        }
        if (exact != null) {
            return exact;
        }
        String letters = lettersOnly(word);
        if (letters.isEmpty()) {
            return hasDigit(word) ? 1 : 0;
        }
        if (letters.length() <= 5 && isAllConsonants(letters)) {
            return letters.length(); // abbreviations spelled out: "PDF", "SQL" are read letter by letter
        }
        // English loan at the end of a compound: "Softwareupdate" = Software + update
        for (int cut = 1; cut < letters.length() - 2; cut++) {
            Integer tail = exceptions.get(letters.substring(cut));
            if (tail == null) {
                tail = loanEndings.get(letters.substring(cut));
            }
            if (tail != null && letters.length() - cut >= 4) {
                return nuclei(letters.substring(0, cut)) + tail;
            }
        }
        return nuclei(letters);
    }

    int nuclei(String w) {
        if (w.isEmpty()) {
            return 0;
        }
        boolean[] breaks = w.length() > 1 ? hyphenator.points(w) : new boolean[w.length()];
        int count = 0;
        int i = 0;
        int n = w.length();
        while (i < n) {
            char c = w.charAt(i);
            if (!Syllables.isVowel(c) || (c == 'y' && i + 1 < n && Syllables.isVowel(w.charAt(i + 1)))) {
                i++;
                continue;
            }
            // a vowel run: count nuclei, joining digraphs unless the patterns put a break between them
            int j = i;
            while (j < n && Syllables.isVowel(w.charAt(j))) {
                j++;
            }
            int k = i;
            while (k < j) {
                count++;
                if (k + 1 < j && (joinsAlways(w, k) || !breaks[k + 1] && isDigraph(w.charAt(k), w.charAt(k + 1)))) {
                    k += 2;
                } else {
                    k += 1;
                }
            }
            i = j;
        }
        return Math.max(1, count);
    }

    /**
     * Vowel pairs that stay one syllable even where the patterns allow a break: "-tion"/"-sion" (Mi-gra-tion,
     * as spoken) and "ee" except in "-een" (I-dee, but I-de-en).
     */
    private static boolean joinsAlways(String w, int k) {
        char a = w.charAt(k);
        char b = w.charAt(k + 1);
        if (a == 'i' && b == 'o' && k > 0 && (w.charAt(k - 1) == 't' || w.charAt(k - 1) == 's')
                && k + 2 < w.length() && w.charAt(k + 2) == 'n') {
            return true;
        }
        return a == 'e' && b == 'e' && !w.startsWith("n", k + 2);
    }

    private static boolean isDigraph(char a, char b) {
        return switch (a) {
            case 'e' -> b == 'i' || b == 'u' || b == 'e' || b == 'y';
            case 'a' -> b == 'i' || b == 'u' || b == 'a' || b == 'y';
            case 'ä' -> b == 'u';
            case 'i' -> b == 'e';
            case 'o' -> b == 'o' || b == 'u' || b == 'y';
            default -> false;
        };
    }

    private static String lettersOnly(String w) {
        StringBuilder b = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) {
                if (b == null) {
                    b = new StringBuilder(w.substring(0, i));
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? w : b.toString();
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllConsonants(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Syllables.isVowel(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
