package dev.augenhoehe.language;

import java.util.HashMap;
import java.util.Map;

/**
 * English syllables from vowel groups: a silent final e (make, but not table), silent -es/-ed endings
 * (makes, jumped; but boxes, wanted), vowel pairs that are two syllables (idea, create, video, ratio, but
 * not -tion) and an exception list ({@code language/syllables/exceptions_en.tsv}).
 */
final class EnglishSyllables implements Syllables {

    private final Map<String, Integer> exceptions;

    EnglishSyllables(Map<String, Integer> exceptions) {
        this.exceptions = exceptions;
    }

    private static final class Shared {
        static final EnglishSyllables INSTANCE = load();
    }

    /** The shared instance, loaded once (thread-safe through class initialisation). */
    static EnglishSyllables shared() {
        return Shared.INSTANCE;
    }

    static EnglishSyllables load() {
        Map<String, Integer> exceptions = new HashMap<>();
        GermanSyllables.readTable("/language/syllables/exceptions_en.tsv", exceptions, new HashMap<>());
        return new EnglishSyllables(exceptions);
    }

    @Override
    public String normalize(String lowerCase) {
        return lowerCase.replace('\u2019', '\'');
    }

    @Override
    public int countPart(String raw) {
        if (raw.isEmpty()) {
            return 0;
        }
        Integer exact = exceptions.get(raw);
        if (exact != null) {
            return exact;
        }
        String w = raw.endsWith("'s") ? raw.substring(0, raw.length() - 2) : raw;
        if (w.endsWith("n't")) {
            // "doesn't" = does + n't (one more syllable); "can't", "won't", "don't" stay one
            String base = w.substring(0, w.length() - 3);
            int b = countPart(base);
            return base.equals("ca") || base.equals("wo") || base.equals("do") ? Math.max(1, b) : b + 1;
        }
        StringBuilder letters = new StringBuilder(w.length());
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(c);
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        String s = letters.toString();
        if (s.isEmpty()) {
            return digit ? 1 : 0;
        }
        if (s.length() <= 5 && !hasVowel(s)) {
            return s.length(); // "PDF", "SQL": read letter by letter
        }
        // an inflected exception: "clients" from "client", "reused" from "reuse"
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 2) {
                String stem = s.substring(0, s.length() - suffix.length());
                Integer base = exceptions.get(stem);
                if (base == null) {
                    base = exceptions.get(stem + "e");
                }
                if (base != null) {
                    return base + (suffix.equals("ing") || suffix.equals("er") || suffix.equals("ers")
                            || suffix.equals("ly") || suffix.equals("ed") && (stem.endsWith("t") || stem.endsWith("d"))
                            || suffix.equals("es") && (stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("ch") || stem.endsWith("sh")) ? 1 : 0);
                }
            }
        }
        return heuristic(s);
    }

    private static final String[] SUFFIXES = {"s", "es", "ed", "ing", "er", "ers", "ly"};

    static int heuristic(String s) {
        String w = s;
        int extra = 0;
        int n = w.length();
        if (n >= 4 && w.endsWith("ed")) {
            String stem = w.substring(0, n - 2);
            char last = stem.charAt(stem.length() - 1);
            boolean syllabic = (last == 'r' || last == 'l') && stem.length() > 1
                    && !Syllables.isVowel(stem.charAt(stem.length() - 2)) && stem.charAt(stem.length() - 2) != last;
            extra = last == 't' || last == 'd' || syllabic ? 1 : 0; // wanted, needed, hundred, handled; but jumped
            w = stem;
        } else if (n > 4 && w.endsWith("es")) {
            String stem = w.substring(0, n - 2);
            boolean sibilant = stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
                    || stem.endsWith("sh") || stem.endsWith("g") || stem.endsWith("c");
            extra = sibilant ? 1 : 0; // boxes, changes, services; but makes
            w = stem + "e";
        } else if (n > 4 && w.endsWith("ing") && Syllables.isVowel(w.charAt(n - 4)) && w.charAt(n - 4) != 'u') {
            extra = 1; // being, doing, going: the vowel before -ing is its own syllable
            w = w.substring(0, n - 3);
        }
        int count = groups(w);
        // silent final e: make, use, one; but not table/little or "the"
        if (w.length() >= 3 && w.endsWith("e") && count > 1) {
            char before = w.charAt(w.length() - 2);
            boolean le = before == 'l' && !Syllables.isVowel(w.charAt(w.length() - 3));
            if (!le && !Syllables.isVowel(before)) {
                count--;
            }
        }
        count += hiatus(w);
        if (w.endsWith("ism") || w.endsWith("thm")) {
            count++;
        }
        return Math.max(1, count + extra);
    }

    /** Vowel pairs read as two syllables: ratio, idiot, medium, video, create, idea, usual, duo. */
    private static int hiatus(String w) {
        int add = 0;
        for (int i = 0; i + 1 < w.length(); i++) {
            char a = w.charAt(i);
            char b = w.charAt(i + 1);
            char prev = i > 0 ? w.charAt(i - 1) : ' ';
            if (a == 'i' && (b == 'a' || b == 'o' || b == 'u')) {
                boolean softened = "tcsgx".indexOf(prev) >= 0 || w.startsWith("llion", i - 2)
                        || prev == 'n' && i >= 2 && Syllables.isVowel(w.charAt(i - 2)) && w.startsWith("ion", i);
                if (!softened && prev != 'q') {
                    add++; // -tion, -cial, -sion, -llion, -nion stay one
                }
            } else if (a == 'e' && b == 'o' && i > 0) {
                add++; // video, neon
            } else if (a == 'e' && b == 'a' && i > 0 && (i + 2 == w.length() || w.startsWith("creat", i - 2))) {
                add++; // idea, create; but great, team, real
            } else if (a == 'u' && (b == 'a' || b == 'o') && i > 0 && prev != 'q' && prev != 'g') {
                add++; // usual, duo; but quality, language
            }
        }
        return add;
    }

    private static int groups(String w) {
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            // y is a consonant at the start and before a vowel (yes, employee, player)
            boolean v = Syllables.isVowel(c) && !(c == 'y' && (i == 0 || i + 1 < w.length() && Syllables.isVowel(w.charAt(i + 1))));
            if (v && !inVowel) {
                count++;
            }
            inVowel = v;
        }
        return count;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Syllables.isVowel(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

}
