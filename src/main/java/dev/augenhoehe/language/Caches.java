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

    /**
     * Maintenance (eviction bookkeeping after writes) runs on the calling thread: by default Caffeine hands it to
     * the common ForkJoinPool, and waking a pool thread for every few writes took about 15 % of a whole check of
     * an unseen text (every sentence a write), more than the bookkeeping itself.
     */
    static <K, V> Cache<K, V> bounded(long maximumSize) {
        return Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).recordStats().build();
    }
}
