package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the rules over one text: tokenise once, split sentences, take per-sentence facts from the cache (or
 * compute them), then apply the reply-level rules and the options. Thread-safe.
 */
final class Engine {

    private static final int SENTENCE_CACHE_SIZE = 8_192;
    private static final int CACHEABLE_SENTENCE_CHARS = 2_000;
    private static final int TEXT_CHARS_FOR_CACHE = 200_000;
    private static final int MAX_FINDING_TEXT = 300;
    /** The verdict must open the reply: one of its first two sentences. */
    private static final int VERDICT_SENTENCES = 2;

    private final Glossary glossary;
    private final Map<Language, SentenceAnalyzer> analyzers = new EnumMap<>(Language.class);
    private final SentenceCache cache = new SentenceCache(SENTENCE_CACHE_SIZE);
    private final Map<List<GlossaryTerm>, GlossaryIndex> workspaceIndexes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<GlossaryTerm>, GlossaryIndex> eldest) {
            return size() > 32;
        }
    };

    Engine(Glossary glossary) {
        this.glossary = glossary;
    }

    Glossary glossary() {
        return glossary;
    }

    private SentenceAnalyzer analyzer(Language language) {
        synchronized (analyzers) {
            return analyzers.computeIfAbsent(language, l -> new SentenceAnalyzer(l,
                    l == Language.DE ? GermanSyllables.load() : EnglishSyllables.load(), glossary.index()));
        }
    }

    int syllables(String word, Language language) {
        return analyzer(language).syllablesOf(Tokenizer.normalize(word));
    }

    Analysis analyze(String input, Language requested, CheckOptions options) {
        String text = input == null ? "" : input;
        CheckOptions opts = options == null ? CheckOptions.defaults() : options;
        Language lang = requested != null ? requested : Language.detect(text);
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        SentenceAnalyzer analyzer = analyzer(lang);
        RuleData rules = RuleData.of(lang);
        boolean useCache = text.length() <= TEXT_CHARS_FOR_CACHE;

        List<SentenceInfo> infos = new ArrayList<>(sentences.size());
        int words = 0;
        int syllables = 0;
        int longWords = 0;
        int poly = 0;
        int mono = 0;
        int reader = 0;
        int self = 0;
        for (Sentence s : sentences) {
            SentenceInfo info = null;
            SentenceCache.Key key = null;
            if (useCache && s.end() - s.start() <= CACHEABLE_SENTENCE_CHARS) {
                key = new SentenceCache.Key(text.substring(s.start(), s.end()), lang);
                info = cache.get(key);
            }
            if (info == null) {
                info = analyzer.analyze(tokens, s);
                if (key != null) {
                    cache.put(key, info);
                }
            }
            infos.add(info);
            words += info.words();
            syllables += info.syllables();
            longWords += info.longWords();
            poly += info.polysyllables();
            mono += info.monosyllables();
            reader += info.readerWords();
            self += info.selfWords();
        }
        int sentenceCount = 0;
        for (SentenceInfo i : infos) {
            if (i.words() > 0) {
                sentenceCount++;
            }
        }
        Statistics stats = new Statistics(words, sentenceCount, syllables, longWords, poly, mono, text.length());
        Scores scores = scores(lang, stats, reader, self);

        FindingFactory f = new FindingFactory(text, opts.ui());
        List<Finding> findings = new ArrayList<>();
        jargon(text, tokens, sentences, infos, rules, lang, opts, f, findings);
        tone(tokens, sentences, infos, f, findings);
        bareAnswer(sentences, infos, tokens, f, findings);
        longSentences(sentences, infos, opts, f, findings);
        monologue(tokens, sentences, infos, words, opts, f, findings);
        readability(tokens, stats, scores, opts, lang, f, findings);
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::category));
        return new Analysis(lang, findings, scores, stats);
    }

    static Scores scores(Language lang, Statistics st, int reader, int self) {
        if (st.words() == 0) {
            return new Scores(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, reader, self);
        }
        double asl = st.wordsPerSentence();
        double asw = st.syllablesPerWord();
        double words = st.words();
        double ease = lang == Language.DE ? 180 - asl - 58.5 * asw : 206.835 - 1.015 * asl - 84.6 * asw;
        double wstf = Double.NaN;
        double fk = Double.NaN;
        if (lang == Language.DE) {
            double ms = 100.0 * st.polysyllables() / words;
            double iw = 100.0 * st.longWords() / words;
            double es = 100.0 * st.monosyllables() / words;
            wstf = 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875;
        } else {
            fk = 0.39 * asl + 11.8 * asw - 15.59;
        }
        double lix = asl + 100.0 * st.longWords() / words;
        int seconds = (int) Math.ceil(words * 60.0 / 200.0);
        return new Scores(round(ease), round(wstf), round(fk), round(lix), seconds, reader, self);
    }

    private static double round(double d) {
        return Double.isNaN(d) ? d : Math.round(d * 10) / 10.0;
    }

    // ---- jargon.unexplained

    private void jargon(String text, List<Token> tokens, List<Sentence> sentences, List<SentenceInfo> infos,
                        RuleData rules, Language lang, CheckOptions opts, FindingFactory f, List<Finding> out) {
        List<List<SentenceInfo.TermHit>> hitsPerSentence = mergeWorkspaceTerms(tokens, sentences, infos, lang, opts);
        Set<String> accepted = new HashSet<>();
        for (String a : opts.acceptedTerms()) {
            accepted.add(a.strip().toLowerCase(Locale.ROOT));
        }
        Set<String> explained = new HashSet<>();
        Map<String, int[]> firstUse = new LinkedHashMap<>(); // id -> {sentence, tokenFrom, tokenTo}
        Map<String, GlossaryTerm> termsById = new HashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            boolean nextExplains = si + 1 < infos.size() && infos.get(si + 1).explainsPrevious();
            for (SentenceInfo.TermHit h : hitsPerSentence.get(si)) {
                GlossaryTerm term = h.term();
                if (term.known() || isAccepted(term, accepted)) {
                    continue;
                }
                int from = h.tokenFrom() + s.tokenFrom();
                int to = h.tokenTo() + s.tokenFrom();
                if (nextExplains || JargonResolver.explained(rules, tokens, s, infos.get(si), from, to) > 0) {
                    explained.add(term.id());
                }
                firstUse.putIfAbsent(term.id(), new int[] {si, from, to});
                termsById.putIfAbsent(term.id(), term);
            }
        }
        Set<Long> flaggedSpans = new HashSet<>();
        for (Map.Entry<String, int[]> e : firstUse.entrySet()) {
            // one finding per word: "Deployment-Pipeline" holds two terms but needs one explanation
            if (explained.contains(e.getKey()) || !flaggedSpans.add(((long) e.getValue()[1] << 32) | e.getValue()[2])) {
                continue;
            }
            GlossaryTerm term = termsById.get(e.getKey());
            int start = tokens.get(e.getValue()[1]).start();
            int end = tokens.get(e.getValue()[2] - 1).end();
            String written = text.substring(start, end);
            String explanation = term.explanation(opts.ui());
            Map<String, String> args = Map.of("text", written, "term", term.term(opts.ui()),
                    "explanation", trimPeriod(explanation, opts.ui()));
            String suggestion = Messages.text(opts.ui(), "jargon.term", Category.UNEXPLAINED_JARGON,
                    explanation.isEmpty() ? "suggestion.generic" : "suggestion", args);
            out.add(f.create(Category.UNEXPLAINED_JARGON, "jargon.term", Severity.WARNING, start, end, args,
                    suggestion));
        }
    }

    /** "An automated chain ..." reads as "(an automated chain ...)" inside an English bracket. */
    private static String trimPeriod(String s, Language ui) {
        String t = s.strip();
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        if (ui == Language.EN && t.length() > 1 && Character.isUpperCase(t.charAt(0))
                && Character.isLowerCase(t.charAt(1))) {
            t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    private static boolean isAccepted(GlossaryTerm term, Set<String> accepted) {
        if (accepted.isEmpty()) {
            return false;
        }
        if (accepted.contains(term.id())) {
            return true;
        }
        for (String form : term.forms()) {
            if (accepted.contains(form.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Shipped hits, with workspace terms layered on top: a workspace hit wins where they overlap. */
    private List<List<SentenceInfo.TermHit>> mergeWorkspaceTerms(List<Token> tokens, List<Sentence> sentences,
                                                                  List<SentenceInfo> infos, Language lang,
                                                                  CheckOptions opts) {
        List<List<SentenceInfo.TermHit>> out = new ArrayList<>(infos.size());
        if (opts.workspaceTerms().isEmpty()) {
            for (SentenceInfo i : infos) {
                out.add(i.terms());
            }
            return out;
        }
        GlossaryIndex ws = workspaceIndex(opts.workspaceTerms());
        Map<String, GlossaryTerm> override = new HashMap<>();
        for (GlossaryTerm t : opts.workspaceTerms()) {
            override.put(t.id(), t);
        }
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            SentenceInfo info = infos.get(si);
            int[] abs = new int[info.wordRel().length];
            for (int k = 0; k < abs.length; k++) {
                abs[k] = info.wordRel()[k] + s.tokenFrom();
            }
            List<GlossaryHit> wsHits = new ArrayList<>();
            ws.find(tokens, abs, info.keys(), lang, wsHits);
            List<SentenceInfo.TermHit> merged = new ArrayList<>();
            for (GlossaryHit h : wsHits) {
                merged.add(new SentenceInfo.TermHit(h.term(), h.tokenFrom() - s.tokenFrom(), h.tokenTo() - s.tokenFrom()));
            }
            for (SentenceInfo.TermHit h : info.terms()) {
                boolean overlaps = false;
                for (GlossaryHit w : wsHits) {
                    int wf = w.tokenFrom() - s.tokenFrom();
                    int wt = w.tokenTo() - s.tokenFrom();
                    if (h.tokenFrom() < wt && wf < h.tokenTo()) {
                        overlaps = true;
                        break;
                    }
                }
                if (!overlaps) {
                    GlossaryTerm o = override.get(h.term().id());
                    merged.add(o == null ? h : new SentenceInfo.TermHit(o, h.tokenFrom(), h.tokenTo()));
                }
            }
            merged.sort(Comparator.comparingInt(SentenceInfo.TermHit::tokenFrom));
            out.add(merged);
        }
        return out;
    }

    private GlossaryIndex workspaceIndex(List<GlossaryTerm> terms) {
        synchronized (workspaceIndexes) {
            GlossaryIndex idx = workspaceIndexes.get(terms);
            if (idx == null) {
                List<String> seed = new ArrayList<>();
                idx = new GlossaryIndex(terms, new CompoundSplitter(seed));
                seed.addAll(idx.partForms());
                workspaceIndexes.put(terms, idx);
            }
            return idx;
        }
    }

    // ---- tone.condescending

    private static void tone(List<Token> tokens, List<Sentence> sentences, List<SentenceInfo> infos,
                             FindingFactory f, List<Finding> out) {
        for (int si = 0; si < sentences.size(); si++) {
            SentenceInfo info = infos.get(si);
            int base = sentences.get(si).tokenFrom();
            for (SentenceInfo.ToneHit h : info.tone()) {
                int start = tokens.get(base + info.wordRel()[h.wordFrom()]).start();
                int end = tokens.get(base + info.wordRel()[h.wordTo() - 1]).end();
                out.add(f.create(Category.CONDESCENDING, h.rule(), Severity.ERROR, start, end, Map.of(), null));
            }
        }
    }

    // ---- answer.bare

    private static void bareAnswer(List<Sentence> sentences, List<SentenceInfo> infos, List<Token> tokens,
                                   FindingFactory f, List<Finding> out) {
        int verdictSentence = -1;
        for (int si = 0, seen = 0; si < infos.size() && seen < VERDICT_SENTENCES; si++) {
            if (infos.get(si).words() == 0) {
                continue;
            }
            seen++;
            if (infos.get(si).verdict()) {
                verdictSentence = si;
                break;
            }
        }
        if (verdictSentence < 0) {
            return;
        }
        for (SentenceInfo i : infos) {
            if (i.reason() || i.alternative() || i.helpful()) {
                return;
            }
        }
        Sentence s = sentences.get(verdictSentence);
        out.add(f.create(Category.BARE_ANSWER, "answer.bare", Severity.ERROR, s.start(), s.end(), Map.of(), null));
    }

    // ---- sentence.long

    private static void longSentences(List<Sentence> sentences, List<SentenceInfo> infos, CheckOptions opts,
                                      FindingFactory f, List<Finding> out) {
        for (int si = 0; si < sentences.size(); si++) {
            int w = infos.get(si).words();
            if (w > opts.sentenceWarningWords()) {
                boolean error = w > opts.sentenceErrorWords();
                int limit = error ? opts.sentenceErrorWords() : opts.sentenceWarningWords();
                Sentence s = sentences.get(si);
                out.add(f.create(Category.LONG_SENTENCE, "sentence.long", error ? Severity.ERROR : Severity.WARNING,
                        s.start(), s.end(), Map.of("words", Integer.toString(w), "limit", Integer.toString(limit)),
                        null));
            }
        }
    }

    // ---- length.monologue

    private static void monologue(List<Token> tokens, List<Sentence> sentences, List<SentenceInfo> infos, int words,
                                  CheckOptions opts, FindingFactory f, List<Finding> out) {
        if (words <= opts.monologueWarningWords()) {
            return;
        }
        boolean error = words > opts.monologueErrorWords();
        int limit = error ? opts.monologueErrorWords() : opts.monologueWarningWords();
        // the span starts at the first word beyond the warning limit: everything from there on is "too much"
        int count = 0;
        int start = -1;
        for (int si = 0; si < sentences.size() && start < 0; si++) {
            SentenceInfo info = infos.get(si);
            for (int k = 0; k < info.wordRel().length; k++) {
                if (++count == opts.monologueWarningWords() + 1) {
                    start = tokens.get(sentences.get(si).tokenFrom() + info.wordRel()[k]).start();
                    break;
                }
            }
        }
        int end = tokens.get(tokens.size() - 1).end();
        out.add(f.create(Category.MONOLOGUE, "length.monologue", error ? Severity.ERROR : Severity.WARNING,
                Math.max(0, start), end, Map.of("words", Integer.toString(words), "limit", Integer.toString(limit)),
                null));
    }

    // ---- readability.hard

    private static void readability(List<Token> tokens, Statistics stats, Scores scores, CheckOptions opts,
                                    Language lang, FindingFactory f, List<Finding> out) {
        if (stats.words() < opts.readabilityMinWords() || Double.isNaN(scores.readingEase())
                || scores.readingEase() >= opts.readabilityThreshold()) {
            return;
        }
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        String rule = lang == Language.DE ? "readability.amstad" : "readability.flesch";
        out.add(f.create(Category.HARD_TO_READ, rule, Severity.WARNING, start, end,
                Map.of("score", String.format(Locale.ROOT, "%.0f", scores.readingEase()),
                        "limit", String.format(Locale.ROOT, "%.0f", opts.readabilityThreshold())), null));
    }

    /** Builds findings with line/column, text and messages. */
    static final class FindingFactory {
        private final String text;
        private final Language ui;
        private int[] lineStarts;

        FindingFactory(String text, Language ui) {
            this.text = text;
            this.ui = ui;
        }

        Finding create(Category category, String rule, Severity severity, int start, int end,
                       Map<String, String> extraArgs, String suggestion) {
            String written = text.substring(start, end);
            String shown = written.length() > MAX_FINDING_TEXT ? written.substring(0, MAX_FINDING_TEXT) + "…" : written;
            Map<String, String> args = new HashMap<>(extraArgs);
            args.putIfAbsent("text", shown.length() > 60 ? shown.substring(0, 60) + "…" : shown);
            String message = Messages.text(ui, rule, category, "message", args);
            String sugg = suggestion != null ? suggestion : Messages.text(ui, rule, category, "suggestion", args);
            int line = lineOf(start);
            int column = start - lineStarts[line - 1] + 1;
            return new Finding(category, rule, severity, start, end, line, column, shown, message, sugg);
        }

        private int lineOf(int offset) {
            if (lineStarts == null) {
                List<Integer> starts = new ArrayList<>();
                starts.add(0);
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\n') {
                        starts.add(i + 1);
                    }
                }
                lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            }
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }
    }
}
