package dev.augenhoehe.language;

import java.util.List;

/**
 * What one sentence contributes, independent of the check options, so it can be cached by sentence text.
 * Token positions are relative to the sentence's first token ({@code rel} = absolute − tokenFrom).
 *
 * @param wordRel        relative token index of each word
 * @param keys           match key of each word
 * @param words          word count
 * @param syllables      syllables over all words
 * @param longWords      words over six letters
 * @param polysyllables  words with at least three syllables
 * @param monosyllables  words with one syllable
 * @param readerWords    words addressing the reader
 * @param selfWords      words about the writer
 * @param tone           condescending phrases (relative word ranges, rule id)
 * @param terms          glossary hits from the shipped glossary (relative token ranges)
 * @param verdictFrom    relative word index of the first verdict phrase, or -1
 * @param verdictTo      end of that verdict phrase (relative word index, exclusive)
 * @param reason         holds a reason marker
 * @param alternative    holds an alternative or next step
 * @param helpful        holds a clause with real content beyond a verdict (or is a real question)
 * @param explainsPrevious starts with "Das bedeutet", "In other words"... and so explains the sentence before
 * @param courtesy       a greeting or sign-off ("Hallo Herr Seidel,", "Viele Grüße", "Best, Jordan")
 * @param modelSums      per {@link ReplyModel} category, the sum of the weights of this sentence's features
 * @param verdictCue     holds a verdict phrase, a negation or a verdict word (cue_<lang>.txt)
 * @param negatedTone    holds a tone phrase that was negated or about the writer ("nicht trivial")
 */
record SentenceInfo(int[] wordRel, List<String> keys, int words, int syllables, int longWords,
                    int polysyllables, int monosyllables, int readerWords, int selfWords,
                    List<ToneHit> tone, List<TermHit> terms, int verdictFrom, int verdictTo, boolean reason,
                    boolean alternative, boolean helpful, boolean explainsPrevious, boolean courtesy,
                    float[] modelSums, boolean verdictCue, boolean negatedTone) {

    /**
     * A condescending phrase over relative words [wordFrom, wordTo), or, for a sign that is no word (an eye-roll
     * emoji), the relative token {@code tokenRel} (otherwise -1).
     */
    record ToneHit(int wordFrom, int wordTo, String rule, int tokenRel) {

        ToneHit(int wordFrom, int wordTo, String rule) {
            this(wordFrom, wordTo, rule, -1);
        }
    }

    /** A glossary term over relative tokens [tokenFrom, tokenTo). */
    record TermHit(GlossaryTerm term, int tokenFrom, int tokenTo) {
    }

    boolean verdict() {
        return verdictFrom >= 0;
    }
}
