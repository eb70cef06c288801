package dev.augenhoehe.language;

import java.util.List;
import java.util.Map;

/**
 * {@code length.monologue}: more words than the reader asked for. Greetings, sign-offs and the signature lines
 * after them don't count. The limits of the scope (reply 120 / 250, option 80 / 160) are scaled by what the
 * client's question asks for ({@link QuestionContext}: a closed question or one fact wants less, "what are the
 * options?" or a status report more, several questions more; a closed question's answer that comes first may run a
 * little longer) and by the text itself (a list or headed sections, and plain short sentences, read faster than
 * one block of run-on prose). The finding spans from the sentence in which the limit is crossed to the end. The
 * factors were tuned on the train splits of corpora v2, v5, v6 and v8 (docs/klartext.md, rounds 6 and 7).
 */
final class MonologueRule {

    /** The factors; package-visible and replaceable only for tuning runs on the train and dev splits. */
    record Params(double shortFactor, double detailFactor, double perExtraQuestion, double maxQuestionsFactor,
                  int maxShortQuestions, double structureFactor, int minItems,
                  double answerFirstFactor, double plainSentenceWords, double maxPlainFactor) {
    }

    static volatile Params params = new Params(0.75, 1.5, 0.4, 2.0, 4, 2.5, 3, 0.9, 18, 1.25);

    private MonologueRule() {
    }

    static void apply(List<SentenceFacts> facts, int end, CheckOptions opts, QuestionContext question,
                      FindingFactory f, List<Finding> out) {
        Params p = params;
        int words = contentWords(facts);
        if (words <= opts.monologueWarningWords() * Math.min(1, p.shortFactor())) {
            return; // below the smallest limit there is nothing to scale
        }
        double factor = factor(facts, question, p);
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

    /** Words without greetings, sign-offs and the short signature lines that follow a sign-off. */
    static int contentWords(List<SentenceFacts> facts) {
        int words = 0;
        boolean afterSignoff = false;
        for (int i = 0; i < facts.size(); i++) {
            SentenceFacts s = facts.get(i);
            if (s.courtesy()) {
                afterSignoff = i > 0;
                continue;
            }
            if (afterSignoff && s.words() <= 6 || i == 0 && s.words() <= 5 && facts.size() > 1) {
                continue; // "Carola Wenzel", "Key Account Manager"; "Hallo Herr Seidel,"
            }
            afterSignoff = false;
            words += s.words();
        }
        return words;
    }

    static double factor(List<SentenceFacts> facts, QuestionContext question, Params p) {
        double factor = switch (question.demand()) {
            case SHORT -> answerFirst(facts) ? p.answerFirstFactor() : p.shortFactor();
            case DETAIL -> p.detailFactor();
            case UNKNOWN -> 1.0;
        };
        int n = question.questions();
        if (n > 1) {
            // several closed questions: a short answer to each; several open ones: somewhat more
            factor *= question.demand() == QuestionContext.Demand.SHORT ? Math.min(n, p.maxShortQuestions())
                    : Math.min(p.maxQuestionsFactor(), 1 + p.perExtraQuestion() * (n - 1));
        }
        if (structured(facts, p)) {
            factor *= p.structureFactor();
        }
        double perSentence = wordsPerSentence(facts);
        // not for a closed question: its answer should be short whatever the style ("Did you renew the domain?")
        if (question.demand() != QuestionContext.Demand.SHORT && perSentence > 0
                && perSentence < p.plainSentenceWords()) {
            factor *= Math.min(p.maxPlainFactor(), p.plainSentenceWords() / perSentence);
        }
        return factor;
    }

    /**
     * The content's words per sentence. A ramble runs on in long sentences full of asides and history; a long answer
     * that was asked for tends to say one thing per sentence (or per list item, each of which is a sentence here).
     */
    static double wordsPerSentence(List<SentenceFacts> facts) {
        int sentences = 0;
        for (SentenceFacts s : facts) {
            if (!s.courtesy() && s.words() > 0) {
                sentences++;
            }
        }
        return sentences == 0 ? 0 : (double) contentWords(facts) / sentences;
    }

    /**
     * The verdict in one of the first two sentences after the greeting: the answer to a closed question comes first,
     * and what follows is its reasons and the next step, not a ramble that buries it.
     */
    static boolean answerFirst(List<SentenceFacts> facts) {
        int seen = 0;
        for (int i = 0; i < facts.size() && seen < 2; i++) {
            SentenceFacts s = facts.get(i);
            if (s.courtesy() || i == 0 && s.words() <= 5 && facts.size() > 1) {
                continue;
            }
            if (s.verdict() || s.verdictCue()) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /**
     * Enough list items or headings. A ramble seldom has them (5 of 277 monologues in the train and dev splits had
     * three), while a requested overview, checklist or report mostly does, prose between them or not.
     */
    static boolean structured(List<SentenceFacts> facts, Params p) {
        int items = 0;
        for (SentenceFacts s : facts) {
            if (s.layout() != SentenceFacts.Layout.PROSE) {
                items++;
            }
        }
        return items >= p.minItems();
    }
}
