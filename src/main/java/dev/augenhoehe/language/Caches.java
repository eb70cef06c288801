package dev.augenhoehe.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The engine's caches: Caffeine, bounded by entry count, evicting per key (W-TinyLFU) instead of clearing
 * everything when full, lock-free on reads, with hit/miss statistics ({@link Klartext#cacheStats()}).
 */
final class Caches {

    private Caches() {
    }

    static <K, V> Cache<K, V> bounded(long maximumSize) {
        return Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
    }
}
