package dev.augenhoehe.knowledge;

/**
 * What an editor sends with a check (klartext.js): the text and how to read it, the panel to answer into, and what
 * the text belongs to (the client's question, terms explained elsewhere in the document, the client it is for).
 * Checked by {@link KlartextController.Request#of}, so each problem gets its own plain message.
 */
record CheckParams(String text, String lang, String scope, String panel, String question, String explained,
        Long client) {
}
