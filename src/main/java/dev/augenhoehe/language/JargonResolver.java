package dev.augenhoehe.language;

import java.util.List;

/**
 * Decides whether a glossary term is explained where it is used: a bracket right after it, a marker after it
 * ("also", "d. h.", "which means"), an apposition ("Kubernetes, ein Werkzeug ..."), a definition ("Ein
 * Container ist ein ..."), a naming phrase before it ("das nennt man Caching"), or the term in brackets after
 * its description ("Schnittstelle zwischen Programmen (API)"). The next sentence can explain it too; that is
 * decided per reply in {@link Engine}.
 */
final class JargonResolver {

    private static final int WINDOW = 4;

    private JargonResolver() {
    }

    /** @return 0 not explained, 1 explained here, 2 explained here by a definition (counts for every use) */
    static int explained(RuleData rules, List<Token> tokens, Sentence s, SentenceInfo info, int tokenFrom,
                         int tokenTo) {
        int sFrom = s.tokenFrom();
        int sTo = s.tokenTo();
        if (tokenTo < sTo) {
            Token next = tokens.get(tokenTo);
            if (next.is("(") || next.is("[")) {
                return 1;
            }
            if (next.word() && tokenTo + 1 < sTo && tokens.get(tokenTo + 1).is("(")) {
                return 1; // "staging site (a private copy ...)": the bracket follows the term's head noun
            }
            if ((next.is(",") || next.is("–") || next.is("—") || next.is("-") || next.is(":"))
                    && tokenTo + 1 < sTo && rules.articles.contains(tokens.get(tokenTo + 1).norm())) {
                return 1; // apposition: "Kubernetes, ein Werkzeug, das ..."
            }
        }
        if (tokenFrom - 1 >= sFrom && tokens.get(tokenFrom - 1).is("(") && tokenTo < sTo
                && tokens.get(tokenTo).is(")") && wordsBetween(tokens, sFrom, tokenFrom - 1) >= 3) {
            return 1; // "eine Schnittstelle zwischen Programmen (API)"
        }
        // word positions of the term within the sentence
        int[] rel = info.wordRel();
        List<String> keys = info.keys();
        int firstWord = -1;
        int afterWord = rel.length;
        for (int k = 0; k < rel.length; k++) {
            int abs = rel[k] + sFrom;
            if (abs >= tokenFrom && firstWord < 0) {
                firstWord = k;
            }
            if (abs >= tokenTo) {
                afterWord = k;
                break;
            }
        }
        if (firstWord < 0) {
            return 0;
        }
        // definition: "<term> ist ein ...", "<term> is a ..."
        if (afterWord < keys.size() && rules.defineVerbs.contains(keys.get(afterWord))) {
            for (int k = afterWord + 1; k < Math.min(keys.size(), afterWord + 4); k++) {
                if (rules.articles.contains(tokens.get(rel[k] + sFrom).norm())) {
                    return 2;
                }
            }
        }
        for (int k = afterWord; k < Math.min(keys.size(), afterWord + WINDOW); k++) {
            if (rules.explainMeans.matchAt(keys, k) != null) {
                return 1;
            }
            if (rules.explainAfter.matchAt(keys, k) != null && punctuationBetween(tokens, tokenTo, rel[k] + sFrom)) {
                return 1;
            }
        }
        for (int k = Math.max(0, firstWord - WINDOW); k < firstWord; k++) {
            PhraseMatcher.Match<String> m = rules.explainBefore.matchAt(keys, k);
            if (m != null && m.to() <= firstWord && firstWord - m.to() <= 2) {
                return 1;
            }
        }
        return 0;
    }

    private static boolean punctuationBetween(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            Token x = tokens.get(t);
            if (!x.word() && (x.is(",") || x.is(";") || x.is(":") || x.is("–") || x.is("—") || x.is("-")
                    || x.is("("))) {
                return true;
            }
        }
        return false;
    }

    private static int wordsBetween(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int t = from; t < to; t++) {
            if (tokens.get(t).word()) {
                n++;
            }
        }
        return n;
    }
}
