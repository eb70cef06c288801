package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a token list into sentences. A sentence ends at . ! ? … (not after a known abbreviation, inside
 * "z. B." / "e. g." style sequences, or after an ordinal like "am 3. März"), at a blank line, and before a new
 * list item. Text with no end mark is one sentence.
 */
final class SentenceSplitter {

    /**
     * Marks that open a list item at the start of a line: bullets and checkboxes ("[ ]", "[x]", "☐"). A line break
     * before one ends a sentence, and {@code Engine.layout} calls such a sentence a list item.
     */
    static final Set<String> BULLETS = Set.of("-", "*", "•", "–", "·", "▪", "→", "[", "☐", "☑", "✓", "✔");

    /** Abbreviations after which a dot never ends a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "z", "b", "d", "h", "u", "a", "o", "ä", "i", "e", "g", "s", "v", "t", "m", "n", "r", // parts of z. B., d. h., e. g.
            "z.b", "d.h", "u.a", "o.ä", "u.u", "i.d.r", "z.t", "s.o", "s.u", "e.g", "i.e", "v.a", "u.ä", "a.m",
            "p.m", "z.hd", "i.a", "m.e", "bzw", "ca", "dr", "prof", "nr", "ggf", "evtl", "inkl", "zzgl", "exkl",
            "vgl", "sog", "bspw", "etc", "usw", "ff", "mio", "mrd", "tsd", "min", "max", "std", "abs", "abt",
            "str", "tel", "fa", "hr", "fr", "frau", "jh", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep",
            "sept", "okt", "nov", "dez", "mr", "mrs", "ms", "st", "vs", "approx", "dept", "incl", "no", "cf",
            "fig", "jr", "sr", "co", "corp", "inc", "ltd", "gmbh", "e.v", "mwst", "ust", "allg", "bzgl",
            "gem", "lt", "betr", "eig", "resp", "sa", "so", "mo", "di", "mi", "do", "ggü");
    /** Abbreviations that often end a sentence: they do so when a capitalised word follows. */
    private static final Set<String> FINAL_ABBREVIATIONS = Set.of("usw", "etc", "u.a", "ff", "u.ä", "o.ä",
            "inc", "ltd", "co", "corp", "gmbh", "e.v", "mwst", "ust", "no", "so", "do", "a", "b", "d", "e", "g", "h",
            "i", "m", "n", "o", "r", "s", "t", "u", "v", "z", "ä");
    /** Words before "3." that make the number an ordinal ("am 3. März"). */
    private static final Set<String> ORDINAL_CONTEXT = Set.of("am", "zum", "vom", "bis", "ab", "der", "die",
            "das", "den", "dem", "des", "im", "seit", "ihr", "ihre", "unser", "unsere", "jeder", "jede", "jedes",
            "zur", "beim", "ein", "eine", "vor", "nach", "ins", "mein", "meine", "sein", "seine", "dieser", "diese");

    /**
     * A run of more tokens without an end mark is cut here, so the work per sentence (phrase windows, clause
     * scans, explanation look-ups) stays bounded for any input. Real sentences are far shorter; a cut one is
     * still reported as a long sentence.
     */
    static final int MAX_SENTENCE_TOKENS = 300;

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            boolean endHere = false;
            if (!t.word() && isTerminal(t.norm())) {
                // swallow runs like "?!", "...", closing quotes and brackets
                int j = i;
                while (j + 1 < n && !tokens.get(j + 1).word() && isTrailing(tokens.get(j + 1).norm())
                        && tokens.get(j + 1).start() == tokens.get(j).end()) {
                    j++;
                }
                if (t.norm().equals(".") && !dotEndsSentence(tokens, i, j)) {
                    continue;
                }
                i = j;
                endHere = true;
            } else if (i + 1 < n && breakBetween(text, t, tokens.get(i + 1))) {
                endHere = true;
            } else if (i + 1 - from >= MAX_SENTENCE_TOKENS) {
                endHere = true;
            }
            if (endHere) {
                out.add(new Sentence(tokens.get(from).start(), tokens.get(i).end(), from, i + 1));
                from = i + 1;
            }
        }
        if (from < n) {
            out.add(new Sentence(tokens.get(from).start(), tokens.get(n - 1).end(), from, n));
        }
        return out;
    }

    private static boolean isTerminal(String s) {
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…") || s.equals("‼") || s.equals("⁉");
    }

    private static boolean isTrailing(String s) {
        return isTerminal(s) || s.equals("\"") || s.equals("'") || s.equals(")") || s.equals("]")
                || s.equals("»") || s.equals("«") || s.equals("“") || s.equals("”") || s.equals("‘")
                || s.equals("’") || s.equals("„");
    }

    private static boolean dotEndsSentence(List<Token> tokens, int dot, int lastTrailing) {
        if (dot == 0) {
            return true;
        }
        Token prev = tokens.get(dot - 1);
        Token next = lastTrailing + 1 < tokens.size() ? tokens.get(lastTrailing + 1) : null;
        if (next == null) {
            return true;
        }
        if (!prev.word() || prev.end() != tokens.get(dot).start()) {
            return true;
        }
        String p = prev.norm();
        boolean nextLower = next.word() && Character.isLowerCase(next.text().codePointAt(0));
        if (!next.word() && (next.is(",") || next.is(";") || next.is(":"))) {
            return false; // a sentence rarely goes on with a comma after a real full stop
        }
        if (nextLower && (ABBREVIATIONS.contains(p) || p.length() <= 2 || isDigits(p)
                || Character.isUpperCase(prev.text().charAt(0)) && prev.text().length() <= 4)) {
            return false; // "ca. drei", "z. B. die", "Tel. nr": an abbreviation; else lower case after a full
                          // stop is a writer who doesn't capitalise ("kein problem. nur bitte ...")
        }
        if (ABBREVIATIONS.contains(p)) {
            if (!FINAL_ABBREVIATIONS.contains(p)) {
                return false;
            }
            // "z. B." / "d. h.": a single letter continuing a dotted sequence
            if (p.length() == 1 && dot >= 3 && tokens.get(dot - 2).is(".") && tokens.get(dot - 3).word()
                    && tokens.get(dot - 3).norm().length() <= 2 && !tokens.get(dot - 3).norm().chars().allMatch(Character::isDigit)) {
                return false;
            }
            if (p.length() == 1 && next.word() && next.norm().length() == 1 && lastTrailing + 2 < tokens.size()
                    && tokens.get(lastTrailing + 2).is(".")) {
                return false; // "z." followed by "B."
            }
            if (p.length() == 1 && Character.isLowerCase(prev.text().charAt(0))) {
                return false;
            }
            return p.length() == 1 || next.capitalized();
        }
        if (isDigits(p) && p.length() <= 2 && dot >= 2 && tokens.get(dot - 2).word()
                && ORDINAL_CONTEXT.contains(tokens.get(dot - 2).norm())) {
            return false;
        }
        return true;
    }

    private static boolean isDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** A blank line, or a line break before a list item or after a colon, ends the sentence. */
    private static boolean breakBetween(String text, Token a, Token b) {
        int newlines = 0;
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) == '\n') {
                newlines++;
            }
        }
        if (newlines == 0) {
            return false;
        }
        if (newlines >= 2 || a.is(":") || a.is(";")) {
            return true;
        }
        String s = b.norm();
        return BULLETS.contains(s) || s.equals("#") || s.equals(">") || (isDigits(s) && s.length() <= 2);
    }
}
