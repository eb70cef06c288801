package dev.augenhoehe.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules that read the whole text from cached per-sentence facts: tone, bare answer, long sentences,
 * monologue and readability. Thresholds come from {@link CheckOptions}.
 */
final class ReplyRules {

    /** The verdict must open the reply: one of its first two sentences. */
    private static final int VERDICT_SENTENCES = 2;

    private ReplyRules() {
    }

    // ---- tone.condescending

    static void tone(List<Token> tokens, List<Sentence> sentences, List<SentenceInfo> infos,
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

    static void bareAnswer(List<Sentence> sentences, List<SentenceInfo> infos, FindingFactory f, List<Finding> out) {
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

    static void longSentences(List<Sentence> sentences, List<SentenceInfo> infos, CheckOptions opts,
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

    static void monologue(List<Token> tokens, List<Sentence> sentences, List<SentenceInfo> infos, int words,
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

    static void readability(List<Token> tokens, Statistics stats, Scores scores, CheckOptions opts,
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
}
