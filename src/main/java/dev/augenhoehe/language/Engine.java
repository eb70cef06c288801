package dev.augenhoehe.language;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the rules over one text: paragraph by paragraph, tokenise, split sentences, take per-sentence facts
 * from the cache (or compute them), keep what the reply-level rules need with absolute offsets, then apply
 * those rules and the options. Thread-safe.
 */
final class Engine {

    private static final int SENTENCE_CACHE_SIZE = 8_192;
    private static final int CACHEABLE_SENTENCE_CHARS = 2_000;
    private static final int TEXT_CHARS_FOR_CACHE = 200_000;
    /** A paragraph longer than this is also cut at single line breaks, to bound the tokens held at once. */
    private static final int MAX_CHUNK_CHARS = 64 * 1024;

    private final Glossary glossary;
    private final Map<Language, SentenceAnalyzer> analyzers = new ConcurrentHashMap<>();
    private final SentenceCache cache = new SentenceCache(SENTENCE_CACHE_SIZE);
    private final JargonRule jargon = new JargonRule();

    Engine(Glossary glossary) {
        this.glossary = glossary;
    }

    Glossary glossary() {
        return glossary;
    }

    /** Hit/miss/eviction counts of the sentence cache and of each analyser's syllable cache. */
    Map<String, CacheStats> cacheStats() {
        Map<String, CacheStats> out = new java.util.LinkedHashMap<>();
        out.put("sentences", cache.stats());
        for (Map.Entry<Language, SentenceAnalyzer> e : analyzers.entrySet()) {
            out.put("syllables-" + e.getKey().code(), e.getValue().syllableStats());
        }
        return out;
    }

    private SentenceAnalyzer analyzer(Language language) {
        SentenceAnalyzer a = analyzers.get(language); // lock-free once both exist
        return a != null ? a : analyzers.computeIfAbsent(language, l -> new SentenceAnalyzer(l,
                l == Language.DE ? GermanSyllables.shared() : EnglishSyllables.shared(), glossary.index()));
    }

    int syllables(String word, Language language) {
        return analyzer(language).syllablesOf(Tokenizer.normalize(word));
    }

    /** For training {@link ReplyModel}: every sentence's features, then the reply features, of one text. */
    int[] modelFeatures(String input, Language requested, CheckOptions options) {
        int[][] sink = new int[1][];
        analyze(input, requested, options, sink);
        return sink[0];
    }

    /**
     * "Moin Herr Kowalski, da kann man nix machen.": a greeting that opens the text on the same line as the answer
     * becomes a sentence of its own, up to its comma. Otherwise the whole sentence counted as the greeting, and the
     * answer in it was never read.
     */
    static List<Sentence> greetingApart(List<Sentence> sentences, List<Token> tokens, RuleData rules, Language lang) {
        if (sentences.isEmpty()) {
            return sentences;
        }
        Sentence first = sentences.get(0);
        SentenceWords words = SentenceWords.of(tokens, first, lang);
        PhraseMatcher.Match<String> greeting = rules.signoff.matchAt(words.keys(), 0);
        if (greeting == null) {
            return sentences;
        }
        int[] at = words.indices();
        // the comma after the greeting and at most four words of name or title ("Herr Dr. Hofmann")
        for (int t = at[greeting.to() - 1] + 1; t < first.tokenTo() && t <= at[greeting.to() - 1] + 8; t++) {
            if (tokens.get(t).is(",")) {
                int wordsAfter = 0;
                for (int w : at) {
                    wordsAfter += w > t ? 1 : 0;
                }
                if (wordsAfter < 2) {
                    return sentences;
                }
                List<Sentence> out = new ArrayList<>(sentences.size() + 1);
                out.add(new Sentence(first.start(), tokens.get(t).end(), first.tokenFrom(), t + 1));
                out.add(new Sentence(tokens.get(t + 1).start(), first.end(), t + 1, first.tokenTo()));
                out.addAll(sentences.subList(1, sentences.size()));
                return out;
            }
            if (tokens.get(t).is(".") && !(t > 0 && tokens.get(t - 1).word() && tokens.get(t - 1).text().length() <= 3)) {
                return sentences;
            }
        }
        return sentences;
    }

    Analysis analyze(String input, Language requested, CheckOptions options) {
        return analyze(input, requested, options, null);
    }

    private Analysis analyze(String input, Language requested, CheckOptions options, int[][] featureSink) {
        String text = input == null ? "" : input;
        CheckOptions opts = options == null ? CheckOptions.defaults() : options;
        Language lang = requested != null ? requested : Language.detect(text);
        SentenceAnalyzer analyzer = analyzer(lang);
        RuleData rules = RuleData.of(lang);
        boolean useCache = text.length() <= TEXT_CHARS_FOR_CACHE;
        JargonRule.Context terms = jargon.context(lang, opts, rules);
        opts = withTermsAsked(opts, lang, analyzer, terms);

        List<SentenceFacts> facts = new ArrayList<>();
        int words = 0;
        int sentenceCount = 0;
        int syllables = 0;
        int longWords = 0;
        int poly = 0;
        int mono = 0;
        int reader = 0;
        int self = 0;
        int firstStart = -1;
        int lastEnd = 0;
        int paragraphs = 0;
        for (int[] chunk : chunks(text)) {
            List<Token> tokens = Tokenizer.tokenize(text, chunk[0], chunk[1]);
            if (tokens.isEmpty()) {
                continue;
            }
            paragraphs++;
            if (firstStart < 0) {
                firstStart = tokens.get(0).start();
            }
            lastEnd = tokens.get(tokens.size() - 1).end();
            List<Sentence> sentences = SentenceSplitter.split(text, tokens);
            if (paragraphs == 1) {
                sentences = greetingApart(sentences, tokens, rules, lang);
            }
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
                words += info.words();
                sentenceCount += info.words() > 0 ? 1 : 0;
                syllables += info.syllables();
                longWords += info.longWords();
                poly += info.polysyllables();
                mono += info.monosyllables();
                reader += info.readerWords();
                self += info.selfWords();
                facts.add(facts(text, tokens, s, info, terms));
            }
        }
        Statistics stats = new Statistics(words, sentenceCount, syllables, longWords, poly, mono, text.length());
        Scores scores = scores(lang, stats, reader, self);

        FindingFactory f = new FindingFactory(text, opts.ui());
        List<Finding> findings = new ArrayList<>();
        java.util.Set<String> explained = jargon.apply(facts, text, opts, f, findings);
        ReplyRules.tone(facts, f, findings);
        ReplyRules.bareAnswer(facts, f, findings);
        ReplyRules.longSentences(facts, opts, f, findings);
        QuestionContext question = QuestionContext.of(opts.question(), lang);
        if (featureSink != null) {
            List<Integer> all = new ArrayList<>();
            for (int[] chunk : chunks(text)) {
                List<Token> tokens = Tokenizer.tokenize(text, chunk[0], chunk[1]);
                for (Sentence s : SentenceSplitter.split(text, tokens)) {
                    for (int x : ModelFeatures.sentence(tokens, s)) {
                        all.add(x);
                    }
                }
            }
            for (int x : ModelFeatures.reply(facts, question)) {
                all.add(x);
            }
            featureSink[0] = all.stream().mapToInt(Integer::intValue).toArray();
        }
        MonologueRule.apply(facts, lastEnd, opts, question, f, findings);
        ModelRule.apply(facts, question, text, lang, opts, f, findings);
        ReplyRules.readability(firstStart, lastEnd, stats, scores, opts, lang, f, findings);
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::category));
        List<Finding> dismissed = List.of();
        if (!opts.dismissed().isEmpty()) {
            List<Finding> kept = new ArrayList<>(findings.size());
            dismissed = new ArrayList<>();
            for (Finding x : findings) {
                (isDismissed(x, opts) ? dismissed : kept).add(x);
            }
            findings = kept;
        }
        return new Analysis(lang, findings, scores, stats, dismissed, explained);
    }

    /**
     * The terms the client wrote in his own question are words he knows: "My laptop won't connect to the VPN" needs
     * no "VPN (a private tunnel into the office network)" in the answer. Only the term itself: a related term in the
     * reply still needs its explanation.
     */
    private CheckOptions withTermsAsked(CheckOptions opts, Language lang, SentenceAnalyzer analyzer,
                                        JargonRule.Context terms) {
        String question = opts.question();
        if (question.isEmpty() || question.length() > QUESTION_CHARS) {
            return opts;
        }
        java.util.Set<String> asked = new java.util.HashSet<>();
        List<Token> tokens = Tokenizer.tokenize(question, 0, question.length());
        for (Sentence s : SentenceSplitter.split(question, tokens)) {
            for (SentenceFacts.TermSpan t : facts(question, tokens, s, analyzer.analyze(tokens, s), terms).terms()) {
                asked.add(t.term().id());
            }
        }
        if (asked.isEmpty()) {
            return opts;
        }
        asked.addAll(opts.acceptedTerms());
        return opts.withAcceptedTerms(asked);
    }

    /** A question longer than this is not a question but a pasted text; its terms are not the client's words. */
    private static final int QUESTION_CHARS = 2_000;

    private static boolean isDismissed(Finding finding, CheckOptions opts) {
        for (Dismissal d : opts.dismissed()) {
            if (d.matches(finding)) {
                return true;
            }
        }
        return false;
    }

    private static SentenceFacts facts(String text, List<Token> tokens, Sentence s, SentenceInfo info,
                                       JargonRule.Context terms) {
        List<SentenceFacts.ToneSpan> tone = new ArrayList<>(info.tone().size());
        for (SentenceInfo.ToneHit h : info.tone()) {
            if (h.tokenRel() >= 0) {
                Token t = tokens.get(s.tokenFrom() + h.tokenRel());
                tone.add(new SentenceFacts.ToneSpan(t.start(), t.end(), h.rule()));
                continue;
            }
            int start = tokens.get(s.tokenFrom() + info.wordRel()[h.wordFrom()]).start();
            int end = tokens.get(s.tokenFrom() + info.wordRel()[h.wordTo() - 1]).end();
            tone.add(new SentenceFacts.ToneSpan(start, end, h.rule()));
        }
        return new SentenceFacts(s.start(), s.end(), info.words(), info.verdict(), info.reason(),
                info.alternative(), info.helpful(), info.explainsPrevious(), tone, terms.spans(tokens, s, info),
                layout(text, tokens, s, info.words()), info.courtesy(), info.modelSums(),
                info.verdictCue(), info.negatedTone(), politeImperative(tokens, s));
    }

    /** "Legen Sie vorher fest …", "Verlangen Sie immer …": a German polite imperative opens the sentence. */
    static boolean politeImperative(List<Token> tokens, Sentence s) {
        int words = 0;
        Token first = null;
        for (int i = s.tokenFrom(); i < s.tokenTo() && words < 2; i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            if (words++ == 0) {
                first = t;
            } else {
                return t.text().equals("Sie") && first.capitalized() && !IMPERATIVE_EXCLUDED.contains(first.norm());
            }
        }
        return false;
    }

    private static final java.util.Set<String> IMPERATIVE_EXCLUDED = java.util.Set.of("wenn", "weil", "da", "ob",
            "dass", "als", "wie", "was", "wo", "wann", "warum", "haben", "sind", "hätten", "wären", "müssen",
            "sollten", "können", "dürfen", "werden", "wollen", "wissen", "kennen", "verstehen");

    /** List item, heading or prose, from the first tokens of the sentence and what stands before it. */
    static SentenceFacts.Layout layout(String text, List<Token> tokens, Sentence s, int words) {
        int i = s.start() - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && text.charAt(i) != '\n') {
            return SentenceFacts.Layout.PROSE; // not at the start of a line
        }
        Token first = tokens.get(s.tokenFrom());
        if (!first.word()) {
            if (first.is("#")) {
                return SentenceFacts.Layout.HEADING;
            }
            if (SentenceSplitter.BULLETS.contains(first.norm())) {
                return SentenceFacts.Layout.LIST_ITEM;
            }
        } else if (s.tokenFrom() + 1 < s.tokenTo() && first.norm().length() <= 2
                && (Character.isDigit(first.norm().charAt(0)) || first.norm().length() == 1)
                && (tokens.get(s.tokenFrom() + 1).is(".") || tokens.get(s.tokenFrom() + 1).is(")"))) {
            return SentenceFacts.Layout.LIST_ITEM; // "1." "2)" "a)"
        }
        Token last = tokens.get(s.tokenTo() - 1);
        if (last.is(":") && words <= 8) {
            return SentenceFacts.Layout.HEADING;
        }
        return SentenceFacts.Layout.PROSE;
    }

    /**
     * Paragraphs (split at blank lines, which always end a sentence) as [from, to) char ranges; very long ones
     * are cut further at line breaks. Only their tokens are in memory at a time.
     */
    static List<int[]> chunks(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int lastNewline = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    out.add(new int[] {start, i});
                    start = j;
                    i = j;
                    lastNewline = -1;
                    continue;
                }
                lastNewline = i;
            }
            if (i - start > MAX_CHUNK_CHARS && lastNewline > start) {
                out.add(new int[] {start, lastNewline});
                start = lastNewline;
                lastNewline = -1;
            }
            i++;
        }
        out.add(new int[] {start, n});
        return out;
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
}
