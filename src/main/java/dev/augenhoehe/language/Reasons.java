package dev.augenhoehe.language;

import java.util.List;

/**
 * The one rule for "a reason explains", shared by a question's quick answer and a brief's recommendation. Naming a
 * cause is not explaining it: "Zu wenig Zeit.", "Too expensive.", "Budget." let the client guess what is behind
 * them. A reason explains when it says why in a sentence of its own: at least {@link #MIN_WORDS} words, or
 * {@link #MIN_WORDS_WITH_MARKER} when a reason word carries the link ("weil", "denn", "because", "otherwise").
 */
public final class Reasons {

    public static final int MIN_WORDS = 5;
    public static final int MIN_WORDS_WITH_MARKER = 4;

    private Reasons() {
    }

    /** Whether {@code reason} explains rather than names; a null language is detected from the text. */
    public static boolean explains(String reason, Language language) {
        if (reason == null || reason.isBlank()) {
            return false;
        }
        List<Token> words = Tokenizer.tokenize(reason).stream().filter(Token::word).toList();
        if (words.size() >= MIN_WORDS) {
            return true;
        }
        if (words.size() < MIN_WORDS_WITH_MARKER) {
            return false;
        }
        Language lang = language != null ? language : Language.detect(reason);
        List<String> keys = words.stream().map(t -> MatchKeys.key(t.norm(), lang)).toList();
        return !RuleData.of(lang).reason.findAll(keys).isEmpty();
    }
}
