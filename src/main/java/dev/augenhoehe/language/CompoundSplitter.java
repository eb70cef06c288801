package dev.augenhoehe.language;

import com.github.benmanes.caffeine.cache.Cache;
import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * German compound splitting with jwordsplitter, seeded with the glossary's words so IT parts (Deployment,
 * Pipeline, Firewall) are known. Created on first use (it costs about 120 ms) and only asked about words that
 * contain a glossary word at all. Splits are cached per word because one costs about 12 µs.
 */
final class CompoundSplitter {

    private static final int CACHE_LIMIT = 50_000;

    private final Collection<String> seedWords;
    private volatile GermanWordSplitter splitter;
    private final Cache<String, List<String>> cache = Caches.bounded(CACHE_LIMIT);

    CompoundSplitter(Collection<String> seedWords) {
        this.seedWords = seedWords;
    }

    /** The parts of a compound in their original spelling, lower-cased; a single part when it isn't one. */
    List<String> split(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        List<String> cached = cache.getIfPresent(lower);
        if (cached != null) {
            return cached;
        }
        List<String> parts;
        try {
            parts = splitter().splitWord(lower).stream().map(p -> p.toLowerCase(Locale.GERMAN)).toList();
        } catch (RuntimeException e) {
            parts = List.of(lower); // jwordsplitter refuses very long input; treat it as one word
        }
        cache.put(lower, parts);
        return parts;
    }

    private GermanWordSplitter splitter() {
        GermanWordSplitter s = splitter;
        if (s == null) {
            synchronized (this) {
                s = splitter;
                if (s == null) {
                    try {
                        s = new SeededSplitter(seedWords);
                        s.setMaximumWordLength(60);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    splitter = s;
                }
            }
        }
        return s;
    }

    /** jwordsplitter keeps its word list in a protected set; adding the glossary's words seeds it. */
    private static final class SeededSplitter extends GermanWordSplitter {
        SeededSplitter(Collection<String> seed) throws IOException {
            super(true);
            for (String w : seed) {
                if (w.length() >= 4) {
                    words.add(w.toLowerCase(Locale.GERMAN));
                }
            }
        }
    }
}
