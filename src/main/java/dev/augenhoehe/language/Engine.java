package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules over one text: tokenise once, split sentences, take per-sentence facts from the cache (or
 * compute them), then apply the reply-level rules and the options. Thread-safe.
 */
final class Engine {

    private static final int SENTENCE_CACHE_SIZE = 8_192;
    private static final int CACHEABLE_SENTENCE_CHARS = 2_000;
    private static final int TEXT_CHARS_FOR_CACHE = 200_000;

    private final Glossary glossary;
    private final Map<Language, SentenceAnalyzer> analyzers = new EnumMap<>(Language.class);
    private final SentenceCache cache = new SentenceCache(SENTENCE_CACHE_SIZE);
    private final JargonRule jargon = new JargonRule();

    Engine(Glossary glossary) {
        this.glossary = glossary;
    }

    Glossary glossary() {
        return glossary;
    }

    private SentenceAnalyzer analyzer(Language language) {
        synchronized (analyzers) {
            return analyzers.computeIfAbsent(language, l -> new SentenceAnalyzer(l,
                    l == Language.DE ? GermanSyllables.shared() : EnglishSyllables.shared(), glossary.index()));
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
        jargon.apply(text, tokens, sentences, infos, rules, lang, opts, f, findings);
        ReplyRules.tone(tokens, sentences, infos, f, findings);
        ReplyRules.bareAnswer(sentences, infos, f, findings);
        ReplyRules.longSentences(sentences, infos, opts, f, findings);
        ReplyRules.monologue(tokens, sentences, infos, words, opts, f, findings);
        ReplyRules.readability(tokens, stats, scores, opts, lang, f, findings);
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
}
