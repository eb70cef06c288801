package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.List;

/** The word tokens of one sentence (indices into the token list) and their match keys. */
record SentenceWords(int[] indices, List<String> keys) {

    static SentenceWords of(List<Token> tokens, Sentence s, Language language) {
        int[] idx = new int[s.tokenTo() - s.tokenFrom()];
        List<String> keys = new ArrayList<>(idx.length);
        int n = 0;
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            Token t = tokens.get(i);
            if (t.word()) {
                idx[n++] = i;
                keys.add(MatchKeys.key(t.norm(), language));
            }
        }
        return new SentenceWords(java.util.Arrays.copyOf(idx, n), keys);
    }
}
