package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence cache is bounded, evicts single entries (not everything at once) and counts hits. */
class SentenceCacheTest {

    private static SentenceInfo info() {
        return new SentenceInfo(new int[0], List.of(), 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), -1, -1, false,
                false, false, false, false, new float[0], false, false);
    }

    @Test
    void boundedAndEvictsPerKey() {
        SentenceCache cache = new SentenceCache(100);
        int hits = 0;
        for (int i = 0; i < 1_000; i++) {
            cache.put(new SentenceCache.Key("Satz " + i, Language.DE), info());
            cache.cache().cleanUp();
            // never emptied at once: the size stays near the bound once reached
            assertThat(cache.size()).isLessThanOrEqualTo(100).isGreaterThanOrEqualTo(Math.min(i + 1, 100) - 1);
            hits += cache.get(new SentenceCache.Key("Satz " + i, Language.DE)) != null ? 1 : 0;
        }
        assertThat(cache.stats().hitCount()).isEqualTo(hits);
        assertThat(cache.stats().evictionCount()).isGreaterThanOrEqualTo(900);
    }

    @Test
    void keyedByTextAndLanguage() {
        SentenceCache cache = new SentenceCache(10);
        cache.put(new SentenceCache.Key("No.", Language.EN), info());
        assertThat(cache.get(new SentenceCache.Key("No.", Language.EN))).isNotNull();
        assertThat(cache.get(new SentenceCache.Key("No.", Language.DE))).isNull();
        assertThat(cache.get(new SentenceCache.Key("No!", Language.EN))).isNull();
    }

    @Test
    void engineReportsStats() {
        Klartext k = Klartext.withGlossary(Glossary.of(List.of()));
        k.analyze("Das ist ein Satz. Noch ein Satz.", Language.DE, null);
        k.analyze("Das ist ein Satz. Noch ein Satz.", Language.DE, null);
        assertThat(k.cacheStats().get("sentences").hitCount()).isEqualTo(2);
        assertThat(k.cacheStats()).containsKey("syllables-de");
    }
}
