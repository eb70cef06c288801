package dev.augenhoehe.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * Bounded cache of per-sentence results keyed by sentence text and language (Caffeine: evicts per key, no
 * global lock). The cached facts don't depend on the check options (accept lists, workspace terms and
 * thresholds are applied afterwards), so the options need no place in the key. Re-analysing an edited text
 * recomputes only the changed sentences.
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

    private final Cache<Key, SentenceInfo> cache;

    SentenceCache(int capacity) {
        this.cache = Caches.bounded(capacity);
    }

    SentenceInfo get(Key key) {
        return cache.getIfPresent(key);
    }

    void put(Key key, SentenceInfo info) {
        cache.put(key, info);
    }

    long size() {
        return cache.estimatedSize();
    }

    CacheStats stats() {
        return cache.stats();
    }

    Cache<Key, SentenceInfo> cache() {
        return cache;
    }
}
