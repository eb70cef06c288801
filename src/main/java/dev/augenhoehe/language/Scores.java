package dev.augenhoehe.language;

/**
 * Readability and tone scores. A score that doesn't apply to the language, or can't be computed for an empty
 * text, is {@code Double.NaN}.
 *
 * @param readingEase         German: Amstad (180 − ASL − 58.5·ASW); English: Flesch Reading Ease
 *                            (206.835 − 1.015·ASL − 84.6·ASW). Higher is easier; below 30 is hard.
 * @param wienerSachtextformel German only: WSTF 1, roughly the school grade a reader needs (4 easy, 15 hard)
 * @param fleschKincaidGrade  English only: 0.39·ASL + 11.8·ASW − 15.59, a US school grade
 * @param lix                 ASL + 100·(words over six letters)/words; below 40 easy, above 60 very hard
 * @param readingTimeSeconds  at 200 words per minute, rounded up
 * @param readerWords         words that address the reader (Sie, Ihnen, Ihr…, du; you, your…)
 * @param selfWords           words about the writer (ich, wir, uns…; I, we, our…)
 */
public record Scores(double readingEase, double wienerSachtextformel, double fleschKincaidGrade, double lix,
                     int readingTimeSeconds, int readerWords, int selfWords) {

    /**
     * Personalism: the share of reader-addressing words among reader and self words, 0..1 (1 = all about the
     * reader); NaN when the text has neither.
     */
    public double personalism() {
        int total = readerWords + selfWords;
        return total == 0 ? Double.NaN : (double) readerWords / total;
    }
}
