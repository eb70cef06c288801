package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a glossary term is explained where it is used:
 * <ul>
 *   <li>a bracket right after it (or after its head noun) that explains: words, not a price, a date, an
 *       abbreviation or a list of examples ("Reverse Proxy (ca. 30 € im Monat)" is no explanation), or that
 *       points to one ("(siehe Glossar)");</li>
 *   <li>a footnote marker right after it ("Kubernetes¹");</li>
 *   <li>an apposition: "Kubernetes, ein Werkzeug, das …", "Reverse Proxy: ein Server, der …", "Caching – das
 *       Bereithalten fertiger Seiten – …" (colon or dash, also two words later: "… davor: ein Server");</li>
 *   <li>a marker after it ("also", "d. h.", "which means"), a definition ("Ein Container ist ein …"), a naming
 *       phrase before it ("das nennt man Caching");</li>
 *   <li>the term in brackets after its description ("eine Schnittstelle zwischen Programmen (kurz: API)").</li>
 * </ul>
 * The next sentence can explain it too; that is decided per reply in {@link JargonRule}.
 */
final class JargonResolver {

    private static final int WINDOW = 4;
    /** Tokens looked at inside a bracket. */
    private static final int BRACKET_TOKENS = 40;
    private static final Set<String> APPOSITION_DE = Set.of("der", "die", "das", "den", "dem", "des", "also",
            "sprich", "quasi", "sozusagen", "salopp", "vereinfacht", "kurz", "grob");
    private static final Set<String> APPOSITION_EN = Set.of("the", "which", "that", "basically", "essentially",
            "roughly", "simply", "think", "in", "put");
    private static final Set<String> DEFINITE_DE = Set.of("der", "die", "das");
    private static final Set<String> DEFINITE_EN = Set.of("the");
    private static final String FOOTNOTES = "¹²³⁴⁵⁶⁷⁸⁹*†‡";

    private JargonResolver() {
    }

    /** @return 0 not explained, 1 explained here, 2 explained here by a definition (counts for every use) */
    static int explained(RuleData rules, List<Token> tokens, Sentence s, SentenceInfo info, int tokenFrom,
                         int tokenTo, GlossaryTerm term) {
        int sFrom = s.tokenFrom();
        int sTo = s.tokenTo();
        if (tokenTo < sTo) {
            Token next = tokens.get(tokenTo);
            int bracket = -1;
            if (next.is("(") || next.is("[")) {
                bracket = tokenTo;
            } else if ((next.word() || isQuote(next)) && tokenTo + 1 < sTo && tokens.get(tokenTo + 1).is("(")) {
                // "staging site (a private copy ...)": the bracket follows the head noun;
                // the "cutover" (the moment when ...): or the closing quote
                bracket = tokenTo + 1;
            }
            if (bracket >= 0 && bracketExplains(rules, tokens, bracket, sTo, info, sFrom)) {
                return 1;
            }
            if (!next.word() && next.start() == tokens.get(tokenTo - 1).end()
                    && FOOTNOTES.indexOf(next.text().charAt(0)) >= 0) {
                return 1; // footnote marker glued to the term
            }
            // apposition by comma (indefinite article only: "Kubernetes, die Kosten sinken" is none), colon, dash
            for (int k = tokenTo; k < Math.min(sTo - 1, tokenTo + 7); k++) {
                Token p = tokens.get(k);
                if (p.word()) {
                    continue;
                }
                boolean comma = p.is(",");
                boolean colonOrDash = p.is(":") || p.is("–") || p.is("—") || p.is("-");
                if (!comma && !colonOrDash || comma && k != tokenTo) {
                    break;
                }
                if (appositionFollows(rules, tokens, k + 1, sTo, colonOrDash)) {
                    return 1;
                }
                if (comma && pairedCommaApposition(rules, tokens, k, sTo)) {
                    return 1; // "CCLI, the organisation most churches use for this, sells one"
                }
                if ((p.is("–") || p.is("—")) && k == tokenTo && pairedDash(tokens, k, sTo)) {
                    return 1; // "Caching – keeping copies of pages ready – makes ..."
                }
                break;
            }
        }
        int close = tokenTo;
        while (close < sTo && close < tokenTo + 2 && isQuote(tokens.get(close))) {
            close++; // (a "content delivery network"): the closing quote before the bracket
        }
        if (tokenFrom - 1 >= sFrom && close < sTo && tokens.get(close).is(")")
                && termInBracketAfterDescription(rules, tokens, sFrom, tokenFrom, info, term)) {
            return 1; // "eine Schnittstelle zwischen Programmen (API)", "(kurz: API)", "(a so-called API)"
        }
        // word positions of the term within the sentence (the word offsets are sorted: a binary search, not a scan
        // per term, which made a sentence full of terms quadratic)
        int[] rel = info.wordRel();
        List<String> keys = info.keys();
        int firstWord = firstWordFrom(rel, tokenFrom - sFrom);
        int afterWord = firstWordFrom(rel, tokenTo - sFrom);
        if (firstWord == rel.length) {
            firstWord = -1;
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

    /** Words after an apposition mark: an article, or (after a colon or dash) a definite one, "also", "which". */
    private static boolean appositionFollows(RuleData rules, List<Token> tokens, int from, int sTo,
                                             boolean colonOrDash) {
        int words = 0;
        for (int t = from; t < sTo && words < 2; t++) {
            Token x = tokens.get(t);
            if (!x.word()) {
                continue;
            }
            words++;
            String n = x.norm();
            if (rules.articles.contains(n)) {
                return true;
            }
            if (colonOrDash && (rules.language == Language.DE ? APPOSITION_DE : APPOSITION_EN).contains(n)) {
                return words == 1 && wordsUntilBreak(tokens, t, sTo) >= 3;
            }
        }
        return false;
    }

    /**
     * ", the/der … ," right after the term: a definite article, three to twelve words and a second comma. Without the
     * second comma a definite article after a comma starts a new clause ("Kubernetes, die Kosten sinken"); in German
     * the words before the second comma must end in a noun, since "MDM, das die Geräte nachts versorgt," is a
     * relative clause that says what it does, not what it is.
     */
    private static boolean pairedCommaApposition(RuleData rules, List<Token> tokens, int comma, int sTo) {
        if (comma + 1 >= sTo || !(rules.language == Language.DE ? DEFINITE_DE : DEFINITE_EN)
                .contains(tokens.get(comma + 1).norm())) {
            return false;
        }
        int words = 0;
        Token last = null;
        for (int t = comma + 1; t < Math.min(sTo, comma + 20); t++) {
            Token x = tokens.get(t);
            if (x.word()) {
                words++;
                last = x;
            } else if (x.is(",")) {
                return words >= 3 && words <= 12
                        && (rules.language != Language.DE || Character.isUpperCase(last.text().charAt(0)));
            } else if (!isQuote(x)) {
                return false;
            }
        }
        return false;
    }

    /** "– three or more words –": a dash apposition closed by a second dash in the same sentence. */
    private static boolean pairedDash(List<Token> tokens, int dash, int sTo) {
        int words = 0;
        for (int t = dash + 1; t < Math.min(sTo, dash + 25); t++) {
            Token x = tokens.get(t);
            if (x.word()) {
                words++;
            } else if (x.is("–") || x.is("—")) {
                return words >= 3;
            } else if (x.is(".") || x.is(";")) {
                return false;
            }
        }
        return false;
    }

    private static int wordsUntilBreak(List<Token> tokens, int from, int sTo) {
        int n = 0;
        for (int t = from; t < sTo; t++) {
            Token x = tokens.get(t);
            if (x.word()) {
                n++;
            } else if (x.is(",") || x.is(";") || x.is(")") || x.is(".")) {
                break;
            }
        }
        return n;
    }

    /**
     * The content of a bracket explains when it has at least two ordinary words and is not a price, a figure,
     * an abbreviation or a list of examples; a pointer ("siehe Glossar", "see below") counts as well.
     */
    static boolean bracketExplains(RuleData rules, List<Token> tokens, int open, int sTo, SentenceInfo info,
                                   int sFrom) {
        int plainWords = 0;
        int words = 0;
        boolean figure = false;
        for (int t = open + 1; t < Math.min(sTo, open + 1 + BRACKET_TOKENS); t++) {
            Token x = tokens.get(t);
            if (!x.word()) {
                // punctuation is one code point: compare chars, not strings (up to 40 tokens per bracket)
                char c = x.norm().length() == 1 ? x.norm().charAt(0) : 0;
                if (c == ')' || c == ']') {
                    break;
                }
                if (c == '€' || c == '$' || c == '£' || c == '%') {
                    figure = true;
                }
                continue;
            }
            words++;
            String n = x.norm();
            if (Character.isDigit(n.charAt(0))) {
                figure = true;
            } else if (n.equals("eur") || n.equals("euro") || n.equals("chf") || n.equals("usd")
                    || n.equals("franken") || n.equals("dollar")) {
                figure = true;
            } else if (!GlossaryIndex.isAbbreviation(x.text()) && n.length() > 1) {
                plainWords++;
            }
        }
        // the match keys of the bracket's words: the sentence has them already, in the same order
        int firstKey = firstWordFrom(info.wordRel(), open + 1 - sFrom);
        List<String> keys = info.keys().subList(firstKey, firstKey + words);
        if (keys.isEmpty()) {
            return false;
        }
        for (int k = 0; k < keys.size(); k++) {
            if (rules.pointers.matchAt(keys, k) != null) {
                return true;
            }
        }
        if (rules.exampleOpeners.matchAt(keys, 0) != null) {
            return false;
        }
        if (figure) {
            return plainWords >= 4 && !keys.isEmpty() && rules.articles.contains(tokens.get(open + 1).norm());
        }
        return plainWords >= 2;
    }

    /**
     * "(API)" closing a description of at least three words: the bracket holds only the term, maybe after a
     * prefix ("kurz:", "engl.", "a so-called") and quotes.
     */
    private static boolean termInBracketAfterDescription(RuleData rules, List<Token> tokens, int sFrom,
                                                         int tokenFrom, SentenceInfo info, GlossaryTerm term) {
        int open = tokenFrom - 1;
        List<String> prefix = new ArrayList<>();
        while (open >= sFrom && open >= tokenFrom - 6 && !tokens.get(open).is("(")) {
            Token x = tokens.get(open);
            if (x.word()) {
                prefix.add(0, MatchKeys.key(x.norm(), rules.language));
            } else if (!(x.is(":") || isQuote(x) || x.is(",") || x.is("."))) {
                return false;
            }
            open--;
        }
        if (open < sFrom || !tokens.get(open).is("(")) {
            return false;
        }
        for (SentenceInfo.TermHit h : info.terms()) {
            if (h.term().id().equals(term.id()) && h.tokenTo() + sFrom == open) {
                return false; // "Content Delivery Network (CDN)": the term spelled out, not a description
            }
        }
        int k = 0;
        if (!prefix.isEmpty() && (rules.language == Language.DE ? DEFINITE_DE : DEFINITE_EN).contains(prefix.get(0))) {
            k = 1; // "eine gesicherte Leitung in die Firma (das VPN)"
        }
        while (k < prefix.size()) {
            PhraseMatcher.Match<String> m = rules.bracketPrefixes.matchAt(prefix, k);
            if (m == null) {
                return false;
            }
            k = m.to();
        }
        return firstWordFrom(info.wordRel(), open - sFrom) >= 3; // words before the bracket
    }

    private static boolean isQuote(Token x) {
        return !x.word() && (x.is("\"") || x.is("„") || x.is("“") || x.is("”") || x.is("'") || x.is("»")
                || x.is("«") || x.is("‘") || x.is("’"));
    }

    /** Index of the first word whose relative token index is at least {@code relToken}; rel.length if none. */
    static int firstWordFrom(int[] rel, int relToken) {
        int lo = 0;
        int hi = rel.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rel[mid] < relToken) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
}
