package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.github.benmanes.caffeine.cache.Cache;

/**
 * Finds glossary terms in tokens. Four ways, in this order:
 * <ol>
 *   <li>capitalised abbreviations of up to five letters (API, DNS, CI/CD), case-sensitively, also in plural
 *       (APIs) and as the part of a hyphenated word (API-Schnittstelle);</li>
 *   <li>every other form as a phrase over stemmed keys, longest first (technischen Schulden, load balancers);</li>
 *   <li>the parts of a hyphenated word (Deployment-Pipeline, Cloud-Migration);</li>
 *   <li>German closed compounds split by {@link CompoundSplitter}; a match counts only on a split boundary
 *       (Datenbankmigration = Datenbank + Migration).</li>
 * </ol>
 * Built once per glossary; immutable apart from its caches, so it is safe to share between threads.
 */
final class GlossaryIndex {

    private static final int MIN_PART = 4;
    private static final int WORD_CACHE_LIMIT = 50_000;

    private final Map<String, GlossaryTerm> abbreviations = new HashMap<>();
    /** Phrase tries per language, built on first use of that language (start-up time matters). */
    private final Map<Language, PhraseMatcher<GlossaryTerm>> phrases = new ConcurrentHashMap<>();
    private final List<String[]> phraseForms = new ArrayList<>();
    private final Map<String, GlossaryTerm> phraseTerms = new HashMap<>();
    /** Single-word forms by lower-case form and by German stem, for compound parts. */
    private final Map<String, GlossaryTerm> parts = new HashMap<>();
    private final Set<String> partForms = new HashSet<>();
    /** Part forms of terms that are not known: the only ones that can make a compound jargon. */
    private final Set<String> unknownPartForms = new HashSet<>();
    private volatile Map<String, GlossaryTerm> stemmedParts;
    private int longestPart;
    private final CompoundSplitter splitter;
    private final Cache<String, List<GlossaryTerm>> compoundCache = Caches.bounded(WORD_CACHE_LIMIT);

    GlossaryIndex(Collection<GlossaryTerm> terms, CompoundSplitter splitter) {
        this.splitter = splitter;
        for (GlossaryTerm term : terms) {
            for (String form : term.forms()) {
                String f = form.strip();
                if (f.isEmpty()) {
                    continue;
                }
                if (isAbbreviation(f)) {
                    abbreviations.putIfAbsent(f, term);
                    continue;
                }
                phraseForms.add(new String[] {f, term.id()});
                phraseTerms.putIfAbsent(term.id(), term);
                String lower = f.toLowerCase(Locale.ROOT);
                if (lower.length() >= MIN_PART && isLetters(lower)) {
                    parts.putIfAbsent(lower, term);
                    partForms.add(lower);
                    if (!term.known()) {
                        unknownPartForms.add(lower);
                    }
                    longestPart = Math.max(longestPart, lower.length());
                }
            }
        }
    }

    private PhraseMatcher<GlossaryTerm> phrases(Language language) {
        PhraseMatcher<GlossaryTerm> built = phrases.get(language); // lock-free once built
        if (built != null) {
            return built;
        }
        return phrases.computeIfAbsent(language, l -> {
            PhraseMatcher<GlossaryTerm> m = new PhraseMatcher<>(l);
            for (String[] f : phraseForms) {
                m.add(f[0], phraseTerms.get(f[1]));
            }
            return m;
        });
    }

    /** The parts of a German compound, lower-cased; the word alone when it isn't one. */
    List<String> compoundParts(String word) {
        return splitter.splitAll(word);
    }

    /** Words to seed the compound splitter with. */
    Set<String> partForms() {
        return partForms;
    }

    /** Capitals (and digits, / and -) with at most five letters: matched case-sensitively. */
    static boolean isAbbreviation(String form) {
        int letters = 0;
        int n = form.length();
        if (n > 2 && form.charAt(n - 1) == 's' && Character.isUpperCase(form.charAt(n - 2))) {
            n--; // plural of an abbreviation: "APIs" is as case-sensitive as "API"
        }
        for (int i = 0; i < n; i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!(Character.isDigit(c) || c == '/' || c == '-' || c == '&')) {
                return false;
            }
        }
        return letters >= 1 && letters <= 5;
    }

    /**
     * Finds terms in the word tokens {@code words} (indices into {@code tokens}) whose keys are {@code keys}.
     * Each token is covered by at most one phrase hit; a compound can yield several hits on the same token.
     */
    void find(List<Token> tokens, int[] words, List<String> keys, Language language, List<GlossaryHit> out) {
        find(tokens, words, keys, language, true, out);
    }

    /**
     * As {@link #find(List, int[], List, Language, List)}; with {@code knownInCompounds} false, closed compounds
     * are only split when they may hold a term that is not known. The check needs no more (known terms are
     * never jargon), and it keeps the compound splitter, which costs about 120 ms to load, off most texts.
     */
    void find(List<Token> tokens, int[] words, List<String> keys, Language language, boolean knownInCompounds,
              List<GlossaryHit> out) {
        PhraseMatcher<GlossaryTerm> matcher = phrases(language);
        int i = 0;
        while (i < words.length) {
            Token t = tokens.get(words[i]);
            GlossaryTerm abbr = abbreviation(t.text());
            if (abbr != null) {
                out.add(new GlossaryHit(abbr, words[i], words[i] + 1, t.start(), t.end()));
                i++;
                continue;
            }
            PhraseMatcher.Match<GlossaryTerm> m = matcher.matchAt(keys, i);
            if (m != null) {
                Token last = tokens.get(words[m.to() - 1]);
                out.add(new GlossaryHit(m.value(), words[i], words[m.to() - 1] + 1, t.start(), last.end()));
                i = m.to();
                continue;
            }
            for (GlossaryTerm term : partsOf(t.text(), language, knownInCompounds)) {
                out.add(new GlossaryHit(term, words[i], words[i] + 1, t.start(), t.end()));
            }
            i++;
        }
    }

    private GlossaryTerm abbreviation(String text) {
        if (abbreviations.isEmpty()) {
            return null;
        }
        GlossaryTerm t = abbreviations.get(text);
        if (t == null && text.length() > 2 && (text.endsWith("s") || text.endsWith("'s"))) {
            String base = text.substring(0, text.length() - (text.endsWith("'s") ? 2 : 1));
            if (isAbbreviation(base)) {
                t = abbreviations.get(base);
            }
        }
        return t;
    }

    /** Terms inside a hyphenated word or a German compound; empty for most words. */
    private List<GlossaryTerm> partsOf(String text, Language language, boolean knownInCompounds) {
        if (text.length() < MIN_PART + 2 || partForms.isEmpty()) {
            return List.of();
        }
        boolean hyphen = text.indexOf('-') > 0;
        if (!hyphen && (language != Language.DE || !Character.isUpperCase(text.charAt(0)))) {
            return List.of(); // closed compounds are a German (noun) thing
        }
        String cacheKey = (language == Language.DE ? "" : "\u0000") + (knownInCompounds ? "" : "\u0001") + text;
        List<GlossaryTerm> cached = compoundCache.getIfPresent(cacheKey);
        if (cached != null) {
            return cached;
        }
        List<GlossaryTerm> found = new ArrayList<>(2);
        if (hyphen) {
            for (String part : text.split("-")) {
                if (part.isEmpty()) {
                    continue;
                }
                GlossaryTerm a = abbreviation(part);
                if (a != null) {
                    addOnce(found, a);
                    continue;
                }
                GlossaryTerm p = part(part.toLowerCase(Locale.ROOT));
                if (p != null) {
                    addOnce(found, p);
                } else if (language == Language.DE) {
                    closedCompound(part, found, knownInCompounds);
                }
            }
        } else {
            closedCompound(text, found, knownInCompounds);
        }
        List<GlossaryTerm> result = found.isEmpty() ? List.of() : List.copyOf(found);
        compoundCache.put(cacheKey, result);
        return result;
    }

    private void closedCompound(String word, List<GlossaryTerm> found, boolean knownInCompounds) {
        String lower = word.toLowerCase(Locale.GERMAN);
        if (lower.length() < MIN_PART + 3 || !isLetters(lower)
                || !containsPartForm(lower, knownInCompounds ? partForms : unknownPartForms)) {
            return;
        }
        List<String> split = splitter.split(lower);
        if (split.size() < 2) {
            return;
        }
        for (int a = 0; a < split.size(); a++) {
            // longest run of parts first: "Datenbank"+"migration" may itself be a term
            for (int b = split.size(); b > a; b--) {
                if (a == 0 && b == split.size()) {
                    continue;
                }
                String joined = String.join("", split.subList(a, b));
                GlossaryTerm t = part(joined);
                if (t != null) {
                    addOnce(found, t);
                    a = b - 1;
                    break;
                }
            }
        }
    }

    private GlossaryTerm part(String lower) {
        if (lower.length() < MIN_PART) {
            return null;
        }
        GlossaryTerm t = parts.get(lower);
        if (t == null) {
            // inflected part ("migrationen"): compare stems
            String stem = MatchKeys.key(lower, Language.DE);
            t = parts.get(stem);
            if (t == null) {
                t = stemmedParts().get(stem);
            }
        }
        return t;
    }

    private Map<String, GlossaryTerm> stemmedParts() {
        Map<String, GlossaryTerm> m = stemmedParts;
        if (m == null) {
            m = new HashMap<>();
            for (Map.Entry<String, GlossaryTerm> e : parts.entrySet()) {
                m.putIfAbsent(MatchKeys.key(e.getKey(), Language.DE), e.getValue());
            }
            stemmedParts = m;
        }
        return m;
    }

    /**
     * Cheap filter before the splitter: does a glossary word occur inside the word? Four-letter forms count only
     * at the end ("Hostwechsel" is rare, "Sport", "Export" are common), longer ones anywhere.
     */
    private boolean containsPartForm(String lower, Set<String> forms) {
        int n = lower.length();
        for (int s = 0; s + MIN_PART <= n; s++) {
            int max = Math.min(longestPart, n - s);
            for (int len = MIN_PART; len <= max; len++) {
                if (s == 0 && len == n || len == MIN_PART && s + len != n) {
                    continue;
                }
                if (forms.contains(lower.substring(s, s + len))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addOnce(List<GlossaryTerm> list, GlossaryTerm t) {
        for (GlossaryTerm x : list) {
            if (x.id().equals(t.id())) {
                return;
            }
        }
        list.add(t);
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
