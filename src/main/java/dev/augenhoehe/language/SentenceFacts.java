package dev.augenhoehe.language;

import java.util.List;

/**
 * What the reply-level rules need from one sentence, with absolute char offsets, so the tokens of a paragraph
 * can be dropped as soon as it has been read (a 10 MB file never holds all its tokens at once).
 */
record SentenceFacts(int start, int end, int words, boolean verdict, boolean reason, boolean alternative,
                     boolean helpful, boolean explainsPrevious, List<ToneSpan> tone, List<TermSpan> terms,
                     Layout layout, boolean courtesy, float[] modelSums, boolean verdictCue,
                     boolean negatedTone, boolean instruction) {

    /** Where the sentence stands in the text's structure. */
    enum Layout {
        PROSE,
        /** starts a line with "-", "*", "•", "–" or "1." / "1)" */
        LIST_ITEM,
        /** a Markdown heading ("# …") or a short line ending in a colon */
        HEADING
    }

    /** A condescending phrase. */
    record ToneSpan(int start, int end, String rule) {
    }

    /** A glossary term and whether it is explained right there (bracket, marker, definition). */
    record TermSpan(GlossaryTerm term, int start, int end, boolean explained) {
    }
}
