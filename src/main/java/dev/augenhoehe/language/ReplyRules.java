package dev.augenhoehe.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules that read the whole text from per-sentence facts: tone, bare answer, long sentences, monologue and
 * readability. Thresholds come from {@link CheckOptions}.
 */
final class ReplyRules {

    /** The verdict must open the reply: one of its first two sentences. */
    private static final int VERDICT_SENTENCES = 2;

    private ReplyRules() {
    }

    /** tone.condescending: every phrase of the tone list, as an error. */
    static void tone(List<SentenceFacts> facts, FindingFactory f, List<Finding> out) {
        for (SentenceFacts s : facts) {
            for (SentenceFacts.ToneSpan t : s.tone()) {
                out.add(f.create(Category.CONDESCENDING, t.rule(), Severity.ERROR, t.start(), t.end(), Map.of(), null,
                        f.normalizedText(t.start(), t.end())));
            }
        }
    }

    /**
     * answer.bare: a verdict in one of the first two sentences, and no sentence with a reason, an alternative or
     * next step, or other content.
     */
    static void bareAnswer(List<SentenceFacts> facts, FindingFactory f, List<Finding> out) {
        SentenceFacts verdict = null;
        int seen = 0;
        for (SentenceFacts s : facts) {
            if (s.words() == 0) {
                continue;
            }
            if (s.verdict()) {
                verdict = s;
                break;
            }
            if (++seen == VERDICT_SENTENCES) {
                break;
            }
        }
        if (verdict == null) {
            return;
        }
        for (SentenceFacts s : facts) {
            if (s.reason() || s.alternative() || s.helpful()) {
                return;
            }
        }
        out.add(f.create(Category.BARE_ANSWER, "answer.bare", Severity.ERROR, verdict.start(), verdict.end(),
                Map.of(), null));
    }

    /** sentence.long: warning above the warning limit, error above the error limit. */
    static void longSentences(List<SentenceFacts> facts, CheckOptions opts, FindingFactory f, List<Finding> out) {
        for (SentenceFacts s : facts) {
            int w = s.words();
            if (w > opts.sentenceWarningWords()) {
                boolean error = w > opts.sentenceErrorWords();
                int limit = error ? opts.sentenceErrorWords() : opts.sentenceWarningWords();
                out.add(f.create(Category.LONG_SENTENCE, "sentence.long", error ? Severity.ERROR : Severity.WARNING,
                        s.start(), s.end(), Map.of("words", Integer.toString(w), "limit", Integer.toString(limit)),
                        null));
            }
        }
    }

    /** readability.hard: enough words and a reading ease below the threshold; spans the whole text. */
    static void readability(int start, int end, Statistics stats, Scores scores, CheckOptions opts, Language lang,
                            FindingFactory f, List<Finding> out) {
        if (stats.words() < opts.readabilityMinWords() || Double.isNaN(scores.readingEase())
                || scores.readingEase() >= opts.readabilityThreshold() || start < 0) {
            return;
        }
        String rule = lang == Language.DE ? "readability.amstad" : "readability.flesch";
        out.add(f.create(Category.HARD_TO_READ, rule, Severity.WARNING, start, end,
                Map.of("score", String.format(Locale.ROOT, "%.0f", scores.readingEase()),
                        "limit", String.format(Locale.ROOT, "%.0f", opts.readabilityThreshold())), null));
    }
}
