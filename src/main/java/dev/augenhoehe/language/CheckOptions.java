package dev.augenhoehe.language;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How to check one text. Build from {@link #defaults()} and the {@code with…} methods.
 *
 * @param ui                     language of messages and suggestions, independent of the text's language
 * @param scope                  a whole reply, or the text of one option in a decision brief (shorter limits)
 * @param acceptedTerms          glossary ids or surface forms the reader is known to understand; never flagged
 * @param workspaceTerms         extra glossary terms of a workspace, merged over the shipped glossary for this
 *                               call (same id replaces the shipped term)
 * @param monologueWarningWords  more words than this: {@code length.monologue} warning (default 120; option 80)
 * @param monologueErrorWords    more words than this: {@code length.monologue} error (default 250; option 160)
 * @param sentenceWarningWords   more words in one sentence: {@code sentence.long} warning (default 25)
 * @param sentenceErrorWords     more words in one sentence: {@code sentence.long} error (default 40)
 * @param readabilityMinWords    {@code readability.hard} needs at least this many words (default 30)
 * @param readabilityThreshold   reading ease below this is hard (default 30)
 * @param question               the client's question this text answers ("" when unknown): a monologue is judged
 *                               against what was asked (a yes/no question wants a short answer, "what are the
 *                               options?" a longer one)
 * @param explainedTerms         glossary ids or forms explained elsewhere in the same document (another field of
 *                               the brief, its know-how box): not flagged as unexplained here
 * @param dismissed              findings the consultant dismissed for this client ({@link Dismissal}): silenced
 *                               and returned in {@link Analysis#dismissed()} instead
 */
public record CheckOptions(Language ui, Scope scope, Set<String> acceptedTerms, List<GlossaryTerm> workspaceTerms,
                           int monologueWarningWords, int monologueErrorWords, int sentenceWarningWords,
                           int sentenceErrorWords, int readabilityMinWords, double readabilityThreshold,
                           String question, Set<String> explainedTerms, Set<Dismissal> dismissed) {

    /** What kind of text is checked. */
    public enum Scope {
        /** A whole reply to a client: 120 / 250 words before it counts as a monologue. */
        REPLY(120, 250),
        /** The text of one option in a decision brief: 80 / 160 words. */
        OPTION(80, 160);

        private final int warningWords;
        private final int errorWords;

        Scope(int warningWords, int errorWords) {
            this.warningWords = warningWords;
            this.errorWords = errorWords;
        }

        public int monologueWarningWords() {
            return warningWords;
        }

        public int monologueErrorWords() {
            return errorWords;
        }
    }

    public static final int DEFAULT_SENTENCE_WARNING_WORDS = 25;
    public static final int DEFAULT_SENTENCE_ERROR_WORDS = 40;
    public static final int DEFAULT_READABILITY_MIN_WORDS = 30;
    public static final double DEFAULT_READABILITY_THRESHOLD = 30;

    private static final CheckOptions DEFAULTS = new CheckOptions(Language.EN, Scope.REPLY, Set.of(), List.of(),
            Scope.REPLY.warningWords, Scope.REPLY.errorWords, DEFAULT_SENTENCE_WARNING_WORDS,
            DEFAULT_SENTENCE_ERROR_WORDS, DEFAULT_READABILITY_MIN_WORDS, DEFAULT_READABILITY_THRESHOLD, "", Set.of(),
            Set.of());

    public CheckOptions {
        ui = ui == null ? Language.EN : ui;
        scope = scope == null ? Scope.REPLY : scope;
        acceptedTerms = acceptedTerms == null ? Set.of() : Set.copyOf(acceptedTerms);
        workspaceTerms = workspaceTerms == null ? List.of() : List.copyOf(workspaceTerms);
        question = question == null ? "" : question.strip();
        explainedTerms = explainedTerms == null ? Set.of() : Set.copyOf(explainedTerms);
        dismissed = dismissed == null ? Set.of() : Set.copyOf(dismissed);
        if (monologueWarningWords < 1 || monologueErrorWords < monologueWarningWords
                || sentenceWarningWords < 1 || sentenceErrorWords < sentenceWarningWords) {
            throw new IllegalArgumentException("thresholds must be positive and error >= warning");
        }
    }

    /** The options as they were before question, explained terms and dismissals existed (source compatibility). */
    public CheckOptions(Language ui, Scope scope, Set<String> acceptedTerms, List<GlossaryTerm> workspaceTerms,
                        int monologueWarningWords, int monologueErrorWords, int sentenceWarningWords,
                        int sentenceErrorWords, int readabilityMinWords, double readabilityThreshold) {
        this(ui, scope, acceptedTerms, workspaceTerms, monologueWarningWords, monologueErrorWords,
                sentenceWarningWords, sentenceErrorWords, readabilityMinWords, readabilityThreshold, "", Set.of(),
                Set.of());
    }

    /** English messages, reply scope, default thresholds, nothing accepted, no workspace terms. */
    public static CheckOptions defaults() {
        return DEFAULTS;
    }

    public CheckOptions withUi(Language ui) {
        return new CheckOptions(ui, scope, acceptedTerms, workspaceTerms, monologueWarningWords,
                monologueErrorWords, sentenceWarningWords, sentenceErrorWords, readabilityMinWords,
                readabilityThreshold, question, explainedTerms, dismissed);
    }

    public CheckOptions withUi(Locale locale) {
        return withUi(Language.of(locale));
    }

    /** Switches scope and resets the monologue limits to that scope's defaults. */
    public CheckOptions withScope(Scope scope) {
        Scope s = Objects.requireNonNull(scope);
        return new CheckOptions(ui, s, acceptedTerms, workspaceTerms, s.warningWords, s.errorWords,
                sentenceWarningWords, sentenceErrorWords, readabilityMinWords, readabilityThreshold, question, explainedTerms, dismissed);
    }

    public CheckOptions withAcceptedTerms(Set<String> accepted) {
        return new CheckOptions(ui, scope, accepted, workspaceTerms, monologueWarningWords, monologueErrorWords,
                sentenceWarningWords, sentenceErrorWords, readabilityMinWords, readabilityThreshold, question, explainedTerms, dismissed);
    }

    public CheckOptions withWorkspaceTerms(List<GlossaryTerm> terms) {
        return new CheckOptions(ui, scope, acceptedTerms, terms, monologueWarningWords, monologueErrorWords,
                sentenceWarningWords, sentenceErrorWords, readabilityMinWords, readabilityThreshold, question, explainedTerms, dismissed);
    }

    public CheckOptions withMonologueLimits(int warningWords, int errorWords) {
        return new CheckOptions(ui, scope, acceptedTerms, workspaceTerms, warningWords, errorWords,
                sentenceWarningWords, sentenceErrorWords, readabilityMinWords, readabilityThreshold, question, explainedTerms, dismissed);
    }

    public CheckOptions withSentenceLimits(int warningWords, int errorWords) {
        return new CheckOptions(ui, scope, acceptedTerms, workspaceTerms, monologueWarningWords,
                monologueErrorWords, warningWords, errorWords, readabilityMinWords, readabilityThreshold, question, explainedTerms, dismissed);
    }

    public CheckOptions withReadability(int minWords, double threshold) {
        return new CheckOptions(ui, scope, acceptedTerms, workspaceTerms, monologueWarningWords,
                monologueErrorWords, sentenceWarningWords, sentenceErrorWords, minWords, threshold, question, explainedTerms,
                dismissed);
    }

    /** The client's question this text answers; a monologue is then judged against it. Null or blank: unknown. */
    public CheckOptions withQuestion(String question) {
        return new CheckOptions(ui, scope, acceptedTerms, workspaceTerms, monologueWarningWords,
                monologueErrorWords, sentenceWarningWords, sentenceErrorWords, readabilityMinWords,
                readabilityThreshold, question, explainedTerms, dismissed);
    }

    /**
     * Terms explained elsewhere in the same document (glossary ids or forms, case-insensitive), e.g. the union of
     * {@link Analysis#explainedTerms()} over all fields of a brief: they count as explained here too.
     */
    public CheckOptions withExplainedTerms(Set<String> terms) {
        return new CheckOptions(ui, scope, acceptedTerms, workspaceTerms, monologueWarningWords,
                monologueErrorWords, sentenceWarningWords, sentenceErrorWords, readabilityMinWords,
                readabilityThreshold, question, terms, dismissed);
    }

    /** Findings the consultant dismissed for this client: silenced where they apply. */
    public CheckOptions withDismissed(java.util.Collection<Dismissal> dismissals) {
        return new CheckOptions(ui, scope, acceptedTerms, workspaceTerms, monologueWarningWords,
                monologueErrorWords, sentenceWarningWords, sentenceErrorWords, readabilityMinWords,
                readabilityThreshold, question, explainedTerms,
                dismissals == null ? Set.of() : new java.util.HashSet<>(dismissals));
    }
}
