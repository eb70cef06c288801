package dev.augenhoehe.language;

import java.util.ArrayList;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.List;

/** Computes the option-independent facts of one sentence: statistics, tone, glossary terms, verdict parts. */
final class SentenceAnalyzer {

    private static final int SYLLABLE_CACHE_LIMIT = 100_000;
    /** A sentence this short with a negation counts as a refusal even without a verdict phrase. */
    private static final int SHORT_REFUSAL_WORDS = 6;
    /** Content words that make a clause more than a verdict: 2 beside it, 3 inside a verdict clause. */
    private static final int CONTENT_WORDS = 2;
    private static final int CONTENT_WORDS_WITH_VERDICT = 3;

    private final Language language;
    private final RuleData rules;
    private final Syllables syllables;
    private final GlossaryIndex glossary;
    private final ReplyModel model = ReplyModel.shared();
    private static final float[] NO_SUMS = new float[0];
    private final Cache<String, Integer> syllableCache = Caches.bounded(SYLLABLE_CACHE_LIMIT);

    SentenceAnalyzer(Language language, Syllables syllables, GlossaryIndex glossary) {
        this.language = language;
        this.rules = RuleData.of(language);
        this.syllables = syllables;
        this.glossary = glossary;
    }

    SentenceInfo analyze(List<Token> tokens, Sentence s) {
        SentenceWords sw = SentenceWords.of(tokens, s, language);
        int[] abs = sw.indices();
        List<String> keys = sw.keys();
        int from = s.tokenFrom();
        int[] rel = new int[abs.length];
        int syl = 0;
        int longWords = 0;
        int poly = 0;
        int mono = 0;
        int reader = 0;
        int self = 0;
        for (int k = 0; k < abs.length; k++) {
            rel[k] = abs[k] - from;
            Token t = tokens.get(abs[k]);
            int c = t.url() ? 1 : syllablesOf(t.norm());
            syl += c;
            if (c >= 3) {
                poly++;
            } else if (c == 1) {
                mono++;
            }
            if (t.letterCount() > 6 && !t.url()) {
                longWords++;
            }
            String n = t.norm();
            if (rules.readerWords.contains(n) && (language == Language.EN || t.capitalized() || !n.startsWith("ihr")
                    && !n.equals("sie") && !n.equals("ihnen"))) {
                reader++;
            } else if (rules.selfWords.contains(n)) {
                self++;
            }
        }
        List<SentenceInfo.ToneHit> tone = new ArrayList<>(0);
        boolean negatedTone = false;
        for (PhraseMatcher.Match<String> m : rules.tone.findAll(keys)) {
            boolean harmless = negated(tokens, abs, m.from(), rules) || aboutOneself(tokens, abs, m, rules);
            negatedTone |= harmless;
            if (!harmless) {
                tone.add(new SentenceInfo.ToneHit(m.from(), m.to(), m.value()));
            }
        }
        for (int t = s.tokenFrom(); t < s.tokenTo(); t++) {
            Token tok = tokens.get(t);
            if (!tok.word() && isEyeRoll(tok.text())) {
                tone.add(new SentenceInfo.ToneHit(0, 0, "tone.eye-roll", t - s.tokenFrom()));
                break; // one per sentence is enough
            }
        }
        List<GlossaryHit> hits = new ArrayList<>(0);
        glossary.find(tokens, abs, keys, language, false, hits);
        List<SentenceInfo.TermHit> terms = new ArrayList<>(hits.size());
        for (GlossaryHit h : hits) {
            if (h.tokenFrom() > from && HONORIFICS.contains(tokens.get(h.tokenFrom() - 1).norm())
                    && tokens.get(h.tokenFrom()).capitalized()) {
                continue; // "Herr Hartung", "Mrs Kernel": a name, not a term
            }
            terms.add(new SentenceInfo.TermHit(h.term(), h.tokenFrom() - from, h.tokenTo() - from));
        }
        acronyms(tokens, abs, from, terms, tone);
        // verdict and its helpers
        int verdictFrom = -1;
        int verdictTo = -1;
        List<PhraseMatcher.Match<String>> verdicts = new ArrayList<>(0);
        for (PhraseMatcher.Match<String> m : rules.verdict.findAll(keys)) {
            if (m.from() == 0 || !rules.openingOnlyVerdicts.contains(m.value())) {
                verdicts.add(m);
            }
        }
        if (!verdicts.isEmpty()) {
            verdictFrom = verdicts.get(0).from();
            verdictTo = verdicts.get(0).to();
        }
        if (verdictFrom < 0 && abs.length <= SHORT_REFUSAL_WORDS) {
            for (int k = 0; k < abs.length; k++) {
                String n = tokens.get(abs[k]).norm();
                if (rules.negations.contains(n) || n.endsWith("n't") || n.equals("nichts")) {
                    verdictFrom = k; // "Das bekommen wir nicht hin.": a short negated sentence is a refusal
                    verdictTo = k + 1;
                    break;
                }
            }
        }
        boolean reason = false;
        for (PhraseMatcher.Match<String> m : rules.reason.findAll(keys)) {
            boolean restricted = rules.clauseInitialReasons.contains(m.value());
            boolean afterComma = rules.afterCommaOnlyReasons.contains(m.value());
            if (!restricted || (afterComma ? m.from() > 0 && clauseInitial(tokens, abs, m.from(), s)
                    : clauseInitial(tokens, abs, m.from(), s))) {
                reason = true;
                break;
            }
        }
        boolean alternative = !rules.alternative.findAll(keys).isEmpty();
        boolean helpful = helpful(tokens, abs, keys, s, verdicts, tone);
        boolean explainsPrevious = false;
        for (int start = 0; start < Math.min(2, keys.size()) && !explainsPrevious; start++) {
            explainsPrevious = rules.explainNext.matchAt(keys, start) != null;
        }
        if (!explainsPrevious) {
            explainsPrevious = describesPrevious(tokens, abs, keys);
        }
        boolean courtesy = !keys.isEmpty() && (rules.signoff.matchAt(keys, 0) != null
                || keys.size() <= 4 && rules.shortSignoff.matchAt(keys, 0) != null);
        return new SentenceInfo(rel, List.copyOf(keys), abs.length, syl, longWords, poly, mono, reader, self,
                List.copyOf(tone), List.copyOf(terms), verdictFrom, verdictTo, reason, alternative, helpful,
                explainsPrevious, courtesy, model == null ? NO_SUMS : model.sentenceSums(tokens, s),
                verdictFrom >= 0 || hasCue(tokens, abs), negatedTone);
    }

    /**
     * Abbreviations the glossary lacks ("AVV", "NVR", "KPIs", "GA4", "IOC-Analyse"): a word of three to six
     * capitals (digits allowed, a plural "s" too) that is not inside a glossary hit, not an abbreviation every
     * client knows ({@code abbreviation_<lang>.txt}: PDF, USA, GmbH …), not a word shouted in capitals ("OLD",
     * "NICHT": a function word or a listed one), not part of a tone phrase ("RTFM"), not in a line of capitals, and in German not the first part of a
     * hyphenated compound, whose head says what the thing is ("HDMI-Adapter", "UID-Nummer"). Each becomes a term without an
     * explanation, so the ordinary explanation patterns (brackets, "d. h.", the next sentence) apply.
     */
    private void acronyms(List<Token> tokens, int[] abs, int from, List<SentenceInfo.TermHit> terms,
                          List<SentenceInfo.ToneHit> tone) {
        if (!rules.acronymsAsJargon) {
            return;
        }
        int caps = 0;
        int shouted = 0; // every word in capitals, "I", "UP" and "IT'S" too: they tell a shouted sentence
        for (int k : abs) {
            String text = tokens.get(k).text();
            if (acronymPart(text) != null) {
                caps++;
            }
            if (inCapitals(text)) {
                shouted++;
            }
        }
        if (caps == 0 || shouted >= 3 && shouted * 2 > abs.length) {
            return; // none, or a heading or a sentence in capitals
        }
        for (int w = 0; w < abs.length; w++) {
            int k = abs[w];
            int rel = k - from;
            String base = acronymPart(tokens.get(k).text());
            if (base == null || covered(terms, rel) || inTone(tone, w)) { // "RTFM": the tone finding speaks
                continue;
            }
            if (language == Language.DE && base.length() < tokens.get(k).text().length()
                    && tokens.get(k).text().charAt(base.length()) == '-') {
                continue; // "HDMI-Adapter", "UID-Nummer": the German compound's head says what it is
            }
            String lower = base.toLowerCase(java.util.Locale.ROOT);
            if (rules.plainAbbreviations.contains(lower) || rules.filler.contains(rules.key(lower))
                    || k > 0 && HONORIFICS.contains(tokens.get(k - 1).norm())) {
                continue;
            }
            terms.add(new SentenceInfo.TermHit(new GlossaryTerm(ACRONYM_PREFIX + lower, base, base, List.of(),
                    false, "", ""), rel, rel + 1));
        }
        terms.sort(java.util.Comparator.comparingInt(SentenceInfo.TermHit::tokenFrom));
    }

    /** A word with letters and no lower-case letter. */
    private static boolean inCapitals(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Ids of the terms made for abbreviations the glossary lacks. */
    static final String ACRONYM_PREFIX = "abbr-";

    private static boolean covered(List<SentenceInfo.TermHit> terms, int rel) {
        for (SentenceInfo.TermHit h : terms) {
            if (rel >= h.tokenFrom() && rel < h.tokenTo()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The abbreviation a word is or starts with ("KPIs" → KPI, "IOC-Analyse" → IOC, "GA4"), or null: three to
     * six capitals and digits, at least two capitals, starting with a capital, not a Roman numeral.
     */
    static String acronymPart(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return null; // most words; the checks below would end the same way, after three scans of the word
        }
        int end = text.length();
        int dash = text.indexOf('-');
        if (dash >= 0) {
            end = dash;
        }
        if (text.indexOf('/') >= 0 || text.indexOf('.') >= 0 || end < 3) {
            return null;
        }
        if (text.charAt(end - 1) == 's' && end >= 4) {
            end--;
        }
        if (end > 6) {
            return null;
        }
        int upper = 0;
        boolean roman = true;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                roman &= c == 'I' || c == 'V' || c == 'X';
            } else if (!(c >= '0' && c <= '9') || i == 0) {
                return null;
            }
        }
        return upper >= 2 && !roman && end >= 3 ? text.substring(0, end) : null;
    }

    /**
     * An emoji that rolls its eyes at the reader: 🙄 (face with rolling eyes), 🤦 (face palm), 🙃 (upside-down
     * face). A wink or a laugh is left alone: it is friendly far more often than not.
     */
    static boolean isEyeRoll(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0x1F644 || cp == 0x1F926 || cp == 0x1F643) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    CacheStats syllableStats() {
        return syllableCache.stats();
    }

    /**
     * "Er nimmt alle Anfragen an …", "It takes every request …", "Das ist ein Server, der …": a word pointing back,
     * then right after it a verb saying what the thing is or does. "ist"/"is" need an article after them
     * ("Das ist teuer" explains nothing); "das", "this", "that" only with such a verb of identity ("is", "means"),
     * since "That keeps the bill low" is about the plan, not the term. German "Sie" is left out: it is the
     * reader far more often than the thing.
     */
    private boolean describesPrevious(List<Token> tokens, int[] abs, List<String> keys) {
        if (keys.size() < 4 || tokens.get(abs[0]).text().equals("Sie")) {
            return false;
        }
        String opener = tokens.get(abs[0]).norm();
        if (!rules.referBack.contains(opener)) {
            return false;
        }
        String verb = tokens.get(abs[1]).norm();
        if (!rules.describeVerbs.contains(verb)) {
            return false;
        }
        boolean identity = rules.defineVerbs.contains(keys.get(1));
        if (!identity && IDENTITY_OPENERS.contains(opener)) {
            return false;
        }
        if (verb.equals("ist") || verb.equals("sind") || verb.equals("is") || verb.equals("are")) {
            for (int j = 2; j < Math.min(keys.size(), 5); j++) {
                if (rules.articles.contains(tokens.get(abs[j]).norm())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("herr", "herrn", "frau", "hr", "fr",
            "dr", "prof", "mr", "mrs", "ms", "miss", "mag", "ing", "dipl");

    private static final java.util.Set<String> IDENTITY_OPENERS = java.util.Set.of("das", "dies", "so", "damit",
            "dabei", "hierbei", "darunter", "this", "that", "these", "which", "such");

    private boolean hasCue(List<Token> tokens, int[] abs) {
        for (int k : abs) {
            String n = tokens.get(k).norm();
            if (rules.verdictCues.contains(n) || rules.negations.contains(n) || n.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    int syllablesOf(String norm) {
        Integer c = syllableCache.getIfPresent(norm);
        if (c == null) {
            c = Math.max(1, syllables.count(norm));
            syllableCache.put(norm, c);
        }
        return c;
    }

    /**
     * "Offensichtlich hatte ich übersehen …", "I obviously got that wrong": "obviously" about the writer's own
     * mistake talks down to no one. A word about the writer within three words of the phrase, and none about
     * the reader.
     */
    static boolean aboutOneself(List<Token> tokens, int[] abs, PhraseMatcher.Match<String> m, RuleData rules) {
        if (!"tone.obviously".equals(m.value())) {
            return false;
        }
        boolean self = false;
        for (int k = Math.max(0, m.from() - 3); k < Math.min(abs.length, m.to() + 3); k++) {
            String n = tokens.get(abs[k]).norm();
            if (rules.readerWords.contains(n)) {
                return false;
            }
            self |= rules.selfWords.contains(n);
        }
        return self;
    }

    /** A negation within the two words right before a phrase, in the same clause: "nicht trivial". */
    static boolean negated(List<Token> tokens, int[] abs, int wordFrom, RuleData rules) {
        for (int k = wordFrom - 1; k >= Math.max(0, wordFrom - 2); k--) {
            if (k + 1 <= wordFrom && hasBreak(tokens, abs[k], abs[Math.min(k + 1, abs.length - 1)])) {
                return false;
            }
            String n = tokens.get(abs[k]).norm();
            if (rules.negations.contains(n) || n.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** The word starts the sentence or follows a comma, semicolon or dash. */
    private static boolean clauseInitial(List<Token> tokens, int[] abs, int word, Sentence s) {
        int t = abs[word];
        if (t == s.tokenFrom()) {
            return true;
        }
        Token before = tokens.get(t - 1);
        return !before.word() && (before.is(",") || before.is(";") || before.is("–") || before.is("—")
                || before.is("-") || before.is("("));
    }

    /**
     * True when the sentence says more than a bare verdict: a clause (split at , ; : dashes and brackets) with
     * at least two content words beside the verdict (three when the clause holds the verdict itself), or a real
     * question. Sign-offs ("Viele Grüße aus Köln") and condescending phrases are no content.
     */
    private boolean helpful(List<Token> tokens, int[] abs, List<String> keys, Sentence s,
                            List<PhraseMatcher.Match<String>> verdicts, List<SentenceInfo.ToneHit> tone) {
        Token last = tokens.get(s.tokenTo() - 1);
        if (abs.length == 0 || rules.signoff.matchAt(keys, 0) != null
                || abs.length <= 4 && rules.shortSignoff.matchAt(keys, 0) != null) {
            return false;
        }
        if (last.is("?") && abs.length >= 3) {
            return true;
        }
        int content = 0;
        boolean clauseHasVerdict = false;
        for (int k = 0; k <= abs.length; k++) {
            if (k == abs.length || (k > 0 && hasBreak(tokens, abs[k - 1], abs[k]))) {
                if (content >= (clauseHasVerdict ? CONTENT_WORDS_WITH_VERDICT : CONTENT_WORDS)) {
                    return true;
                }
                if (k == abs.length) {
                    break;
                }
                content = 0;
                clauseHasVerdict = false;
            }
            if (inVerdict(verdicts, k)) {
                clauseHasVerdict = true;
                continue;
            }
            if (inTone(tone, k)) {
                continue;
            }
            String norm = tokens.get(abs[k]).norm();
            if (!rules.filler.contains(keys.get(k)) && !rules.negations.contains(norm) && !norm.endsWith("n't")
                    && !isNumber(norm)) {
                content++;
            }
        }
        return false;
    }

    private static boolean inTone(List<SentenceInfo.ToneHit> tone, int word) {
        for (SentenceInfo.ToneHit h : tone) {
            if (word >= h.wordFrom() && word < h.wordTo()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inVerdict(List<PhraseMatcher.Match<String>> verdicts, int word) {
        for (PhraseMatcher.Match<String> m : verdicts) {
            if (word >= m.from() && word < m.to()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBreak(List<Token> tokens, int a, int b) {
        for (int t = a + 1; t < b; t++) {
            Token x = tokens.get(t);
            if (x.is(",") || x.is(";") || x.is(":") || x.is("–") || x.is("—") || x.is("-") || x.is("(")
                    || x.is(")")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }
}
