package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases over match keys (see {@link MatchKeys}), so one pass over a sentence finds every phrase of
 * a list, inflection-aware. A {@code *} in a phrase stands for zero to three arbitrary words
 * ("vertrauen Sie mir * einfach"). Punctuation is skipped, so "Trust me, ..." still matches "trust me".
 *
 * @param <T> what a phrase stands for (a rule id, a glossary term)
 */
final class PhraseMatcher<T> {

    static final int MAX_GAP = 3;

    /** A match: word-token index range [from, to) in the token list, and the payload. */
    record Match<T>(int from, int to, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        Node<T> gap;
        T value;
    }

    private final Node<T> root = new Node<>();
    private final Language language;
    private int size;

    PhraseMatcher(Language language) {
        this.language = language;
    }

    /** Adds a phrase; an existing identical phrase keeps its first payload. */
    void add(String phrase, T value) {
        Node<T> node = root;
        boolean any = false;
        for (Token t : Tokenizer.tokenize(phrase)) {
            if (!t.word()) {
                if (t.is("*")) {
                    if (node.gap == null) {
                        node.gap = new Node<>();
                    }
                    node = node.gap;
                }
                continue;
            }
            node = node.next.computeIfAbsent(MatchKeys.key(t.norm(), language), k -> new Node<>());
            any = true;
        }
        if (any && node.value == null) {
            node.value = value;
            size++;
        }
    }

    int size() {
        return size;
    }

    /** The longest match found so far by one walk: its end (word index, exclusive) and payload. */
    private static final class Best<T> {
        int end;
        T value;
    }

    /**
     * Finds the longest match starting at each word of {@code keys} (keys of the word tokens of a sentence, in
     * order); non-overlapping, left to right.
     */
    List<Match<T>> findAll(List<String> keys) {
        List<Match<T>> out = List.of(); // most sentences match nothing: no list for them
        Best<T> best = new Best<>();
        int i = 0;
        while (i < keys.size()) {
            if (longestAt(keys, i, best)) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(new Match<>(i, best.end, best.value));
                i = best.end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Longest match starting exactly at {@code start}, or null. */
    Match<T> matchAt(List<String> keys, int start) {
        if (cannotStartAt(keys, start)) {
            return null; // before allocating: called for every word of every sentence by the glossary
        }
        Best<T> best = new Best<>();
        return longestAt(keys, start, best) ? new Match<>(start, best.end, best.value) : null;
    }

    /** No phrase starts with this word: the common case, one lookup. */
    private boolean cannotStartAt(List<String> keys, int start) {
        return root.gap == null && (start >= keys.size() || !root.next.containsKey(keys.get(start)));
    }

    private boolean longestAt(List<String> keys, int start, Best<T> best) {
        if (cannotStartAt(keys, start)) {
            return false;
        }
        best.end = -1;
        best.value = null;
        walk(root, keys, start, best);
        return best.end > start;
    }

    private void walk(Node<T> node, List<String> keys, int pos, Best<T> best) {
        if (node.value != null && pos > best.end) {
            best.end = pos;
            best.value = node.value;
        }
        if (pos < keys.size()) {
            Node<T> child = node.next.get(keys.get(pos));
            if (child != null) {
                walk(child, keys, pos + 1, best);
            }
        }
        if (node.gap != null) {
            for (int skip = 0; skip <= MAX_GAP && pos + skip <= keys.size(); skip++) {
                Node<T> after = node.gap;
                if (after.value != null && skip == 0) {
                    continue; // a trailing gap means nothing
                }
                if (pos + skip < keys.size()) {
                    Node<T> child = after.next.get(keys.get(pos + skip));
                    if (child != null) {
                        walk(child, keys, pos + skip + 1, best);
                    }
                }
            }
        }
    }
}
