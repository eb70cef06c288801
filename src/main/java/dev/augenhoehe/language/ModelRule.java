package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Findings of {@link ReplyModel} for what the rules didn't catch: a bare verdict in a wording no list has, a
 * put-down or sarcasm the tone list doesn't hold. The finding spans the sentence that weighs most and names the
 * words that tipped it, so the writer sees why; the suggestion says what to do.
 */
final class ModelRule {

    private static final String[] RULES = {"answer.bare.model", "tone.model"};

    private ModelRule() {
    }

    /**
     * The model learnt from whole replies; on option texts (pros, cons, names) it guesses, so it speaks only on
     * replies; the tone model, weaker, only on replies of at least this many words (greetings and sign-offs not
     * counted).
     */
    static final int MIN_TONE_WORDS = 20;

    /**
     * The tone model is shipped but off by default ({@code -Dklartext.tone-model=on} switches it on): on the
     * shipped templates' know-how texts it reads plain advice ("Insist that all access data belongs to you.") as
     * talking down, and its test-split precision (0.75-0.88) is below the goal.
     */
    static final boolean TONE_MODEL = "on".equals(System.getProperty("klartext.tone-model"));

    static void apply(List<SentenceFacts> facts, QuestionContext question, String text, Language lang,
                      CheckOptions opts, FindingFactory f, List<Finding> out) {
        ReplyModel model = ReplyModel.shared();
        if (model == null || facts.isEmpty() || opts.scope() != CheckOptions.Scope.REPLY) {
            return;
        }
        int words = MonologueRule.contentWords(facts);
        int[] reply = ModelFeatures.reply(facts, question);
        for (int c = 0; c < ReplyModel.CATEGORIES.length; c++) {
            Category category = ReplyModel.CATEGORIES[c];
            if (has(out, category)) {
                continue; // the rules found it already, with a more specific message
            }
            if (category == Category.CONDESCENDING && (!TONE_MODEL || words < MIN_TONE_WORDS)) {
                continue;
            }
            if (category == Category.BARE_ANSWER && (!verdictOpens(facts) || onlyQuestions(facts, text))) {
                continue; // no verdict, no bare verdict: "Wir bauen eine API." is a statement
            }
            double sum = 0;
            double count = 0;
            SentenceFacts top = null;
            for (SentenceFacts s : facts) {
                if (s.modelSums().length <= c) {
                    continue;
                }
                if (category == Category.CONDESCENDING && (s.negatedTone() || s.instruction()
                        || s.terms().stream().anyMatch(SentenceFacts.TermSpan::explained))) {
                    continue; // "Das ist nicht trivial": the rules read the negation, the model must not undo it;
                              // "Legen Sie vorher fest, …": a polite instruction is no put-down
                }
                sum += s.modelSums()[c];
                count += s.modelSums()[ReplyModel.CATEGORIES.length];
                if (s.words() > 0 && !s.courtesy() && (top == null || s.modelSums()[c] > top.modelSums()[c])) {
                    top = s;
                }
            }
            double linear = (count == 0 ? 0 : sum / Math.sqrt(count)) + model.replyWeight(c, reply);
            if (top == null || model.probability(c, linear) < model.threshold[c]) {
                continue;
            }
            String cues = cues(model, c, text, top, lang);
            out.add(f.create(category, RULES[c], Severity.ERROR, top.start(), top.end(), Map.of("cues", cues),
                    null, ""));
        }
    }

    /** One of the first three sentences with words holds a verdict phrase, a verdict word or a negation. */
    static boolean verdictOpens(List<SentenceFacts> facts) {
        int seen = 0;
        for (SentenceFacts s : facts) {
            if (s.words() == 0 || s.courtesy()) {
                continue;
            }
            if (s.verdictCue()) {
                return true;
            }
            if (++seen == 3) {
                return false;
            }
        }
        return false;
    }

    /** A text of questions gives no verdict ("Können wir einen Festpreis bekommen?"). */
    static boolean onlyQuestions(List<SentenceFacts> facts, String text) {
        for (SentenceFacts s : facts) {
            if (s.words() > 0 && !s.courtesy() && text.charAt(s.end() - 1) != '?') {
                return false;
            }
        }
        return true;
    }

    private static boolean has(List<Finding> out, Category c) {
        for (Finding x : out) {
            if (x.category() == c && x.isProblem()) {
                return true;
            }
        }
        return false;
    }

    /** The two words of the sentence whose features weigh most towards the category, quoted. */
    static String cues(ReplyModel model, int c, String text, SentenceFacts s, Language lang) {
        List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
        float[] w = model.weights[c];
        List<float[]> scored = new ArrayList<>();
        String prev = "<s>";
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue; // name words, not punctuation (it would also carry markup into the message)
            }
            String n = ModelFeatures.featureWord(t);
            float sum = w[ModelFeatures.word(n)] + w[ModelFeatures.bigram(prev, n)];
            if (ModelFeatures.hasCharGrams(n)) {
                char[] g = ModelFeatures.marked(n);
                for (int k = 0; k + 3 <= g.length; k++) {
                    sum += w[ModelFeatures.charGram(g, k, 3)];
                    if (k + 4 <= g.length) {
                        sum += w[ModelFeatures.charGram(g, k, 4)];
                    }
                }
            }
            scored.add(new float[] {sum, i});
            prev = n;
        }
        scored.sort((a, b) -> Float.compare(b[0], a[0]));
        StringBuilder b = new StringBuilder();
        String open = lang == Language.DE ? "„" : "“";
        String close = lang == Language.DE ? "“" : "”";
        for (int k = 0; k < Math.min(2, scored.size()); k++) {
            if (scored.get(k)[0] <= 0 && k > 0) {
                break;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(open).append(tokens.get((int) scored.get(k)[1]).text()).append(close);
        }
        return b.toString();
    }
}
