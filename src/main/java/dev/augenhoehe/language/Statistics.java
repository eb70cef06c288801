package dev.augenhoehe.language;

/**
 * Counts behind the scores. Words are tokens with a letter or digit.
 *
 * @param words          word count
 * @param sentences      sentence count (at least 1 when there is a word)
 * @param syllables      syllable count over all words
 * @param longWords      words with more than six letters (LIX, Wiener Sachtextformel)
 * @param polysyllables  words with three or more syllables
 * @param monosyllables  words with exactly one syllable
 * @param characters     length of the analysed text in chars
 */
public record Statistics(int words, int sentences, int syllables, int longWords, int polysyllables,
                         int monosyllables, int characters) {

    public static final Statistics EMPTY = new Statistics(0, 0, 0, 0, 0, 0, 0);

    /** Average sentence length in words, 0 for an empty text. */
    public double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    /** Average syllables per word, 0 for an empty text. */
    public double syllablesPerWord() {
        return words == 0 ? 0 : (double) syllables / words;
    }
}
