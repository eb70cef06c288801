package dev.augenhoehe.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the client's question asks for, read from {@code question_<lang>.txt}: an overview, options, steps or an
 * explanation ({@link Demand#DETAIL}), a yes/no answer or one fact ({@link Demand#SHORT}), or nothing known.
 */
final class QuestionContext {

    enum Demand { UNKNOWN, SHORT, DETAIL }

    /** A closed question longer than this is probably several questions: not SHORT. */
    private static final int SHORT_QUESTION_WORDS = 25;

    static final QuestionContext NONE = new QuestionContext(Demand.UNKNOWN, 0, 0);

    private final Demand demand;
    private final int questions;
    private final int words;

    private QuestionContext(Demand demand, int questions, int words) {
        this.demand = demand;
        this.questions = questions;
        this.words = words;
    }

    Demand demand() {
        return demand;
    }

    /** Question marks in the question (at least 1 for a non-empty one): several questions want more words. */
    int questions() {
        return questions;
    }

    int words() {
        return words;
    }

    static QuestionContext of(String question, Language textLanguage) {
        if (question == null || question.isBlank()) {
            return NONE;
        }
        String q = question.length() > 4_000 ? question.substring(0, 4_000) : question;
        Language lang = Language.detect(q);
        Patterns p = Patterns.of(lang);
        List<Token> tokens = Tokenizer.tokenize(q);
        int marks = 0;
        for (Token t : tokens) {
            if (t.is("?")) {
                marks++;
            }
        }
        boolean detail = false;
        boolean shortAsk = false;
        int words = 0;
        for (Sentence s : SentenceSplitter.split(q, tokens)) {
            SentenceWords w = SentenceWords.of(tokens, s, lang);
            words += w.keys().size();
            if (w.keys().isEmpty()) {
                continue;
            }
            if (!p.detail.findAll(w.keys()).isEmpty()) {
                detail = true;
            }
            String first = tokens.get(w.indices()[0]).norm();
            boolean isQuestion = tokens.get(s.tokenTo() - 1).is("?");
            if (isQuestion && (p.openings.contains(first) || p.shortAsk.matchAt(w.keys(), 0) != null)) {
                shortAsk = true;
            }
        }
        Demand d = detail ? Demand.DETAIL
                : shortAsk && words <= SHORT_QUESTION_WORDS ? Demand.SHORT : Demand.UNKNOWN;
        return new QuestionContext(d, Math.max(1, marks), words);
    }

    private static final class Patterns {
        final PhraseMatcher<String> detail;
        final PhraseMatcher<String> shortAsk;
        final Set<String> openings;

        private Patterns(Language language) {
            detail = new PhraseMatcher<>(language);
            shortAsk = new PhraseMatcher<>(language);
            List<String[]> rows = RuleData.rows("question_" + language.code());
            for (String[] row : rows) {
                switch (row[0]) {
                    case "detail" -> detail.add(row[1], row[1]);
                    case "short" -> shortAsk.add(row[1], row[1]);
                    case "opening" -> { }
                    default -> throw new IllegalStateException("unknown question kind " + row[0]);
                }
            }
            openings = rows.stream().filter(r -> r[0].equals("opening")).map(r -> r[1].toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }

        private static final class German {
            static final Patterns INSTANCE = new Patterns(Language.DE);
        }

        private static final class English {
            static final Patterns INSTANCE = new Patterns(Language.EN);
        }

        static Patterns of(Language l) {
            return l == Language.DE ? German.INSTANCE : English.INSTANCE;
        }
    }
}
