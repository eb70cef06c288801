package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word and punctuation tokens with char offsets, in one pass. Words keep inner hyphens
 * ("Deployment-Pipeline"), apostrophes ("don't"), slashes ("CI/CD"), dots between letters or digits ("3.5",
 * "example.com") and @ (e-mail). URLs are one token. Everything else that isn't white space is a one-code-point
 * punctuation token, so emoji and garbage never break offsets.
 */
final class Tokenizer {

    /**
     * Longer runs of word characters are cut into tokens of this length, so the work per token (syllables,
     * stems, compound parts) stays bounded: the longest German dictionary words have about 60 letters.
     */
    static final int MAX_WORD_CHARS = 64;
    /** Longer URLs are cut; the rest is read as ordinary tokens. */
    static final int MAX_URL_CHARS = 2_048;

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text[from, to)}, with offsets into the whole text. */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
        int n = to;
        int i = from;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isSpace(cp)) {
                i += len;
                continue;
            }
            int urlEnd = urlEnd(text, i, Math.min(n, i + MAX_URL_CHARS));
            if (urlEnd > i) {
                String t = text.substring(i, urlEnd);
                tokens.add(new Token(i, urlEnd, t, t.toLowerCase(Locale.ROOT), true, true));
                i = urlEnd;
                continue;
            }
            if (isWordChar(cp)) {
                int j = i + len;
                while (j < n && j - i < MAX_WORD_CHARS) {
                    int c = text.codePointAt(j);
                    if (isWordChar(c) || c == 0x00AD) {
                        j += Character.charCount(c);
                    } else if (isConnector(c) && j + 1 < n && isWordChar(text.codePointAt(j + 1))
                            && connectorAllowed(text, c, j)) {
                        j += 1;
                    } else {
                        break;
                    }
                }
                String t = text.substring(i, j);
                tokens.add(new Token(i, j, t, normalize(t), true, false));
                i = j;
                continue;
            }
            String t = text.substring(i, i + len);
            tokens.add(new Token(i, i + len, t, normalize(t), false, false));
            i += len;
        }
        return tokens;
    }

    /** The two predicates below for ASCII, precomputed from their general form: most chars of most texts. */
    private static final boolean[] ASCII_SPACE = new boolean[128];
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_SPACE[c] = anySpace(c);
            ASCII_WORD[c] = anyWordChar(c);
        }
    }

    static boolean isSpace(int cp) {
        return cp < 128 ? ASCII_SPACE[cp] : anySpace(cp);
    }

    static boolean isWordChar(int cp) {
        return cp < 128 ? ASCII_WORD[cp] : anyWordChar(cp);
    }

    private static boolean anySpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF || cp == 0x200B;
    }

    private static boolean anyWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isConnector(int c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011' || c == '.' || c == '/'
                || c == '@' || c == '_' || c == '&';
    }

    /** A dot joins only letters/digits without a following space; "z.B" and "3.5" stay one word. */
    private static boolean connectorAllowed(String text, int c, int j) {
        if (c == '.' || c == '&') {
            return j > 0 && Character.isLetterOrDigit(text.charAt(j - 1));
        }
        return true;
    }

    private static int urlEnd(String text, int i, int limit) {
        // every token start is tried: look at the first two chars before the three region matches
        char c0 = text.charAt(i);
        char c1 = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (!((c0 == 'h' || c0 == 'H') && (c1 == 't' || c1 == 'T'))
                && !((c0 == 'w' || c0 == 'W') && (c1 == 'w' || c1 == 'W'))) {
            return -1;
        }
        if (!(startsWithIgnoreCase(text, i, "http://") || startsWithIgnoreCase(text, i, "https://")
                || startsWithIgnoreCase(text, i, "www."))) {
            return -1;
        }
        if (i > 0 && isWordChar(text.codePointAt(i - 1))) {
            return -1;
        }
        int j = i;
        while (j < limit) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\u00A0') {
                break;
            }
            j++;
        }
        while (j > i && ".,;:!?)]}'\u2019\u201D".indexOf(text.charAt(j - 1)) >= 0) {
            j--;
        }
        // keep a closing parenthesis when the URL itself opened one (Wikipedia style)
        return j > i + 4 ? j : -1;
    }

    private static boolean startsWithIgnoreCase(String text, int i, String prefix) {
        return text.regionMatches(true, i, prefix, 0, prefix.length());
    }

    /** Lowercase, typographic apostrophes and hyphens unified, soft hyphens dropped. */
    static String normalize(String s) {
        boolean upper = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\u2019' || c == '\u2010' || c == '\u2011' || c == '\u00AD') {
                return replaced(s);
            }
            upper |= Character.isUpperCase(c);
        }
        return upper ? s.toLowerCase(Locale.ROOT) : s; // a capital but nothing to replace: one copy, no builder
    }

    private static String replaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\u2019' -> b.append('\'');
                case '\u2010', '\u2011' -> b.append('-');
                case '\u00AD' -> { }
                default -> b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
