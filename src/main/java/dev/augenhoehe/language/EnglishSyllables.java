package dev.augenhoehe.language;

import java.util.HashMap;
import java.util.Locale;
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

    static EnglishSyllables load() {
        Map<String, Integer> exceptions = new HashMap<>();
        GermanSyllables.readTable("/language/syllables/exceptions_en.tsv", exceptions, new HashMap<>());
        return new EnglishSyllables(exceptions);
    }

    @Override
    public int count(String token) {
        String word = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (word.indexOf('-') >= 0 || word.indexOf('/') >= 0) {
            int sum = 0;
            for (String part : word.split("[-/]+")) {
                sum += countPart(part);
            }
            return Math.max(1, sum);
        }
        return countPart(word);
    }

    private int countPart(String raw) {
        if (raw.isEmpty()) {
            return 0;
        }
        Integer exact = exceptions.get(raw);
        if (exact != null) {
            return exact;
        }
        String w = raw;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("n't")) {
            // "doesn't" = does + n't, "wouldn't" adds a syllable for the n't
            String base = w.substring(0, w.length() - 3);
            int b = countPart(base);
            return base.equals("ca") || base.equals("wo") || base.equals("do") || base.equals("are")
                    || base.equals("is") && false ? Math.max(1, b) : b + (base.equals("ca") || base.equals("wo") ? 0 : 1);
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
        exact = exceptions.get(s);
        if (exact != null) {
            return exact;
        }
        if (s.length() <= 5 && !hasVowel(s)) {
            return s.length() == 1 ? 1 : s.length(); // "PDF", "SQL": spelled out
        }
        // inflection of an exception word: "releases" from "release"
        for (String suffix : new String[] {"s", "es", "d", "ed", "ing", "er", "ers", "ly"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 2) {
                Integer base = exceptions.get(s.substring(0, s.length() - suffix.length()));
                if (base == null && (suffix.equals("d") || suffix.equals("ed") || suffix.equals("ing") || suffix.equals("er") || suffix.equals("ers"))) {
                    base = exceptions.get(s.substring(0, s.length() - suffix.length()) + "e");
                }
                if (base != null) {
                    return base + heuristic(s) - heuristic(s.substring(0, s.length() - suffix.length()) + (base > 0 ? "" : ""));
                }
            }
        }
        return heuristic(s);
    }

    static int heuristic(String s) {
        int n = s.length();
        if (n <= 3) {
            return Math.max(1, groups(s));
        }
        String w = s;
        int extra = 0;
        // silent endings
        if (w.endsWith("es") && n > 4) {
            String stem = w.substring(0, n - 2);
            if (stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
                    || stem.endsWith("sh") || stem.endsWith("g") || stem.endsWith("c")) {
                // boxes, changes, services: "-es" is a syllable, but the e of "change"/"service" was silent
                w = stem + "e";
                extra = stem.endsWith("ge") || stem.endsWith("ce") ? 0 : 1;
                if (stem.endsWith("g") || stem.endsWith("c")) {
                    extra = 1;
                }
            } else {
                w = stem + "e"; // makes -> make, tries
                if (isConsonantAt(stem, stem.length() - 1) && stem.length() >= 2 && !Syllables.isVowel(stem.charAt(stem.length() - 2))
                        && stem.charAt(stem.length() - 1) != 'l') {
                    w = stem; // "needs" is not a case here; tries->tri
                }
            }
        } else if (w.endsWith("ed") && n > 4) {
            String stem = w.substring(0, n - 2);
            char last = stem.charAt(stem.length() - 1);
            if (last == 't' || last == 'd') {
                w = stem;
                extra = 1; // wanted, needed
            } else {
                w = Syllables.isVowel(last) ? stem : stem + "e"; // jumped -> jumpe (silent), played
            }
        }
        int count = groups(w);
        // silent final e: make, but not table/little or "the"
        if (w.endsWith("e") && w.length() > 2) {
            char before = w.charAt(w.length() - 2);
            boolean le = before == 'l' && w.length() > 3 && !Syllables.isVowel(w.charAt(w.length() - 3));
            if (!le && !Syllables.isVowel(before) && count > 1) {
                count--;
            } else if (before == 'e' && w.length() > 3 && count > 1 && false) {
                count--;
            }
        }
        // vowel pairs that are two syllables
        count += hiatus(w);
        if (w.endsWith("ism")) {
            count++;
        }
        return Math.max(1, count + extra);
    }

    private static int hiatus(String w) {
        int add = 0;
        for (int i = 0; i + 1 < w.length(); i++) {
            char a = w.charAt(i);
            char b = w.charAt(i + 1);
            String rest = w.substring(i);
            if (a == 'i' && (b == 'a' || b == 'o' || b == 'u' || b == 'e' && i + 2 < w.length() && w.charAt(i + 2) == 't')) {
                // ratio, idiot, medium, quiet; not -tion, -sion, -cial, -tial, -cious
                boolean softened = i > 0 && "tcsgx".indexOf(w.charAt(i - 1)) >= 0 && (b == 'o' || b == 'a' || b == 'u')
                        && (rest.startsWith("ion") || rest.startsWith("ia") || rest.startsWith("iou"));
                if (!softened && !(i > 0 && w.charAt(i - 1) == 'q')) {
                    add++;
                }
            } else if (a == 'e' && (b == 'o' || b == 'a' && (i + 2 == w.length() || "tl".indexOf(w.charAt(i + 2)) >= 0 && i > 1)) && i > 0) {
                // video, create, idea; but not "great", "team"
                if (!(b == 'a' && i + 2 < w.length() && (rest.startsWith("eat") || rest.startsWith("eal")) && !isCreate(w, i))) {
                    add++;
                }
            } else if (a == 'u' && (b == 'a' || b == 'o' || b == 'i' && i + 2 < w.length() && w.charAt(i + 2) == 't'
                    && false) && i > 0 && w.charAt(i - 1) != 'q' && w.charAt(i - 1) != 'g') {
                add++; // usual, duo
            } else if (a == 'y' && Syllables.isVowel(b) && i > 0 && !Syllables.isVowel(w.charAt(i - 1))) {
                add++; // keyword: no; "dryer"
            }
        }
        return add;
    }

    private static boolean isCreate(String w, int i) {
        return w.startsWith("cre", i - 2) && i >= 2;
    }

    private static int groups(String w) {
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean v = Syllables.isVowel(c) && !(c == 'y' && i == 0);
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

    private static boolean isConsonantAt(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i)) && !Syllables.isVowel(s.charAt(i));
    }
}
