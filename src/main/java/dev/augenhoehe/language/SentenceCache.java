package dev.augenhoehe.language;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounded LRU of per-sentence results keyed by sentence text and language. The cached facts don't depend on
 * the check options (accept lists, workspace terms and thresholds are applied afterwards), so the options need
 * no place in the key. Re-analysing an edited text recomputes only the changed sentences.
 */
final class SentenceCache {

    record Key(String text, Language language) {
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
