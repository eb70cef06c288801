package dev.augenhoehe.language;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounded LRU of per-sentence results keyed by sentence text and language. The cached facts don't depend on
 * the check options (accept lists, workspace terms and thresholds are applied afterwards), so the options need
 * no place in the key. Re-analysing an edited text recomputes only the changed sentences.
 */
final class SentenceCache {

    /** A plain class, not a record: a record's hashCode bootstraps through invokedynamic, slow on a cold JVM. */
    static final class Key {
        private final String text;
        private final Language language;
        private final int hash;

        Key(String text, Language language) {
            this.text = text;
            this.language = language;
            this.hash = text.hashCode() * 31 + language.ordinal();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.language == language && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, SentenceInfo> map;

    SentenceCache(int capacity) {
        this.map = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SentenceInfo> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized SentenceInfo get(Key key) {
        return map.get(key);
    }

    synchronized void put(Key key, SentenceInfo info) {
        map.put(key, info);
    }

    synchronized int size() {
        return map.size();
    }
}
