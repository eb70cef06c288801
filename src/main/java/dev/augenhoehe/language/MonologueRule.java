package dev.augenhoehe.language;

import java.util.List;
import java.util.Map;

/**
 * {@code length.monologue}: more words than the reader asked for. The limits of the scope (reply 120 / 250, option
 * 80 / 160) are scaled by what the client's question asks for ({@link QuestionContext}: a yes/no question or one
 * fact wants half (per question), "what are the options?" or a status report twice as much, several open
 * questions somewhat more) and by the
 * text's structure (a list or headed sections read faster than one block of prose). The finding spans from the
 * sentence in which the limit is crossed to the end.
 */
final class MonologueRule {

    static final double SHORT_FACTOR = 0.5;
    static final double DETAIL_FACTOR = 2.0;
    /** Each further question mark in the question adds this much, up to MAX_QUESTIONS_FACTOR. */
    static final double PER_EXTRA_QUESTION = 0.4;
    static final double MAX_QUESTIONS_FACTOR = 2.0;
    static final int MAX_SHORT_QUESTIONS = 4;
    static final double STRUCTURE_FACTOR = 1.75;
    /** Structured: at least this many list items or headings... */
    static final int MIN_ITEMS = 3;
    /** ...and no single block of prose longer than this many words. */
    static final int MAX_BLOCK_WORDS = 80;

    private MonologueRule() {
    }

    static void apply(List<SentenceFacts> facts, int end, int words, int paragraphs, CheckOptions opts,
                      QuestionContext question, FindingFactory f, List<Finding> out) {
        if (words <= opts.monologueWarningWords() * SHORT_FACTOR) {
            return; // below the smallest limit there is nothing to scale
        }
        double factor = factor(facts, question);
        int warn = (int) Math.round(opts.monologueWarningWords() * factor);
        int error = (int) Math.round(opts.monologueErrorWords() * factor);
        if (words <= warn) {
            return;
        }
        int seen = 0;
        int start = -1;
        for (SentenceFacts s : facts) {
            seen += s.words();
            if (seen > warn) {
                start = s.start();
                break;
            }
        }
        if (start < 0) {
            return;
        }
        boolean isError = words > error;
        int limit = isError ? error : warn;
        String rule = question.demand() == QuestionContext.Demand.SHORT ? "length.monologue.short-question"
                : "length.monologue";
        out.add(f.create(Category.MONOLOGUE, rule, isError ? Severity.ERROR : Severity.WARNING, start, end,
                Map.of("words", Integer.toString(words), "limit", Integer.toString(limit)), null, ""));
    }

    static double factor(List<SentenceFacts> facts, QuestionContext question) {
        double factor = switch (question.demand()) {
            case SHORT -> SHORT_FACTOR;
            case DETAIL -> DETAIL_FACTOR;
            case UNKNOWN -> 1.0;
        };
        int n = question.questions();
        if (n > 1) {
            // several closed questions: a short answer to each; several open ones: somewhat more
            factor *= question.demand() == QuestionContext.Demand.SHORT ? Math.min(n, MAX_SHORT_QUESTIONS)
                    : Math.min(MAX_QUESTIONS_FACTOR, 1 + PER_EXTRA_QUESTION * (n - 1));
        }
        if (structured(facts)) {
            factor *= STRUCTURE_FACTOR;
        }
        return factor;
    }

    /** Enough list items or headings, and no long block of prose between them. */
    static boolean structured(List<SentenceFacts> facts) {
        int items = 0;
        int block = 0;
        int longestBlock = 0;
        for (SentenceFacts s : facts) {
            if (s.layout() != SentenceFacts.Layout.PROSE) {
                items++;
                block = s.layout() == SentenceFacts.Layout.LIST_ITEM ? s.words() : 0;
            } else {
                block += s.words();
            }
            longestBlock = Math.max(longestBlock, block);
        }
        return items >= MIN_ITEMS && longestBlock <= MAX_BLOCK_WORDS;
    }
}
